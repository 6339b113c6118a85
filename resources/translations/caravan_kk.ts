<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Жаңа тіл келесі іске қосқанда қолданылады.</translation>
    </message>
</context>
</TS>
