<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_UZ">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Tizimdagidek</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Yangi til keyingi ishga tushirishda qoʻllanadi.</translation>
    </message>
</context>
</TS>
