"""What differs between Linux, Windows and macOS, each behind one small module."""
