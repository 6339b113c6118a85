<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddFeedDialog</name>
    <message numerus="yes">
        <source>{address} is a web page that links to %n feed(s): tick those to subscribe to.</source>
        <translation>
            <numerusform>{address} is a web page that links to %n feed: tick it to subscribe to it.</numerusform>
            <numerusform>{address} is a web page that links to %n feeds: tick those to subscribe to.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedErrorsDialog</name>
    <message numerus="yes">
        <source>%n feed(s) failed at the last attempt. Caravan tries them again by itself, waiting longer after each failure.</source>
        <translation>
            <numerusform>%n feed failed at the last attempt. Caravan tries it again by itself, waiting longer after each failure.</numerusform>
            <numerusform>%n feeds failed at the last attempt. Caravan tries them again by itself, waiting longer after each failure.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message numerus="yes">
        <source>Delete the folder {folder}? Its %n feed(s) will be outside any folder; none is unsubscribed.</source>
        <translation>
            <numerusform>Delete the folder {folder}? Its %n feed will be outside any folder; none is unsubscribed.</numerusform>
            <numerusform>Delete the folder {folder}? Its %n feeds will be outside any folder; none is unsubscribed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateDetail</name>
    <message numerus="yes">
        <source>&lt;b&gt;Out of date&lt;/b&gt;: %n day(s) old; the source publishes {cadence}, and no newer rate has been stored</source>
        <translation>
            <numerusform>&lt;b&gt;Out of date&lt;/b&gt;: %n day old; the source publishes {cadence}, and no newer rate has been stored</numerusform>
            <numerusform>&lt;b&gt;Out of date&lt;/b&gt;: %n days old; the source publishes {cadence}, and no newer rate has been stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid for {day} · Source: {source} · %n day(s) stored</source>
        <translation>
            <numerusform>Valid for {day} · Source: {source} · %n day stored</numerusform>
            <numerusform>Valid for {day} · Source: {source} · %n days stored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Subscriptions</name>
    <message numerus="yes">
        <source>Subscribed to %n feed(s)</source>
        <translation>
            <numerusform>Subscribed to %n feed</numerusform>
            <numerusform>Subscribed to %n feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new feed(s)</source>
        <translation>
            <numerusform>Imported %Ln new feed</numerusform>
            <numerusform>Imported %Ln new feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already subscribed</source>
        <translation>
            <numerusform>%Ln already subscribed</numerusform>
            <numerusform>%Ln already subscribed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries skipped</source>
        <translation>
            <numerusform>%Ln entry skipped</numerusform>
            <numerusform>%Ln entries skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>Caravan — %Ln unread</source>
        <translation>
            <numerusform>Caravan — %Ln unread</numerusform>
            <numerusform>Caravan — %Ln unread</numerusform>
        </translation>
    </message>
</context>
</TS>
