"""The main window's controllers, one per concern, each with its own actions and menus;
``desktop_app.ui.main_window`` composes them."""
