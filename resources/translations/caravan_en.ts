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
    <name>Cli</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n currencies</source>
        <translation>
            <numerusform>%n currency</numerusform>
            <numerusform>%n currencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread</source>
        <translation>
            <numerusform>%Ln unread</numerusform>
            <numerusform>%Ln unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>every %n min</numerusform>
            <numerusform>every %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed feed {id} and its %n article(s)</source>
        <translation>
            <numerusform>Removed feed {id} and its %n article</numerusform>
            <numerusform>Removed feed {id} and its %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new feed(s)</source>
        <translation>
            <numerusform>Imported %n new feed</numerusform>
            <numerusform>Imported %n new feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n already subscribed</numerusform>
            <numerusform>%n already subscribed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) stay here as local feeds;</source>
        <translation>
            <numerusform>%n feed stays here as a local feed;</numerusform>
            <numerusform>%n feeds stay here as local feeds;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent were dropped</source>
        <translation>
            <numerusform>%n change not yet sent was dropped</numerusform>
            <numerusform>%n changes not yet sent were dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feeds:    %n synced</source>
        <translation>
            <numerusform>Feeds:    %n synced</numerusform>
            <numerusform>Feeds:    %n synced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting:  %n change(s) not yet sent</source>
        <translation>
            <numerusform>Waiting:  %n change not yet sent</numerusform>
            <numerusform>Waiting:  %n changes not yet sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local feed(s) will move into the account at the next sync</source>
        <translation>
            <numerusform>%n local feed will move into the account at the next sync</numerusform>
            <numerusform>%n local feeds will move into the account at the next sync</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Enclosures</name>
    <message numerus="yes">
        <source>%n enclosure(s)</source>
        <translation>
            <numerusform>%n enclosure</numerusform>
            <numerusform>%n enclosures</numerusform>
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
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Caravan — %Ln unread</source>
        <translation>
            <numerusform>Caravan — %Ln unread</numerusform>
            <numerusform>Caravan — %Ln unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message numerus="yes">
        <source>Mark %Ln articles as read?</source>
        <translation>
            <numerusform>Mark %Ln article as read?</numerusform>
            <numerusform>Mark %Ln articles as read?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The status bar offers to undo it for %n seconds.</source>
        <translation>
            <numerusform>The status bar offers to undo it for %n second.</numerusform>
            <numerusform>The status bar offers to undo it for %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln article(s) read</source>
        <translation>
            <numerusform>Marked %Ln article read</numerusform>
            <numerusform>Marked %Ln articles read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo marking %Ln article(s) read</source>
        <translation>
            <numerusform>Undo marking %Ln article read</numerusform>
            <numerusform>Undo marking %Ln articles read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) unread again</source>
        <translation>
            <numerusform>%Ln article unread again</numerusform>
            <numerusform>%Ln articles unread again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days from {first} to {last}</source>
        <translation>
            <numerusform>%Ln day from {first} to {last}</numerusform>
            <numerusform>%Ln days from {first} to {last}</numerusform>
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
    <name>Reading</name>
    <message numerus="yes">
        <source>Showing 1–{loaded} of %Ln articles found</source>
        <translation>
            <numerusform>Showing 1–{loaded} of %Ln article found</numerusform>
            <numerusform>Showing 1–{loaded} of %Ln articles found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing 1–{loaded} of %Ln articles</source>
        <translation>
            <numerusform>Showing 1–{loaded} of %Ln article</numerusform>
            <numerusform>Showing 1–{loaded} of %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) found</source>
        <translation>
            <numerusform>%Ln article found</numerusform>
            <numerusform>%Ln articles found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryReport</name>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln subscription</numerusform>
            <numerusform>%Ln subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rate(s)</source>
        <translation>
            <numerusform>%Ln rate</numerusform>
            <numerusform>%Ln rates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) whose feed was lost</source>
        <translation>
            <numerusform>%Ln article whose feed was lost</numerusform>
            <numerusform>%Ln articles whose feed was lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Caravan did not close its database last time, and the end of its write-ahead log ({file}) was damaged: the last %n change(s) saved before that could not be read and are lost. Everything saved before them is intact.</source>
        <translation>
            <numerusform>Caravan did not close its database last time, and the end of its write-ahead log ({file}) was damaged: the last %n change saved before that could not be read and is lost. Everything saved before it is intact.</numerusform>
            <numerusform>Caravan did not close its database last time, and the end of its write-ahead log ({file}) was damaged: the last %n changes saved before that could not be read and are lost. Everything saved before them is intact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshSummary</name>
    <message numerus="yes">
        <source>{ok}/%Ln feeds ok</source>
        <translation>
            <numerusform>{ok}/%Ln feeds ok</numerusform>
            <numerusform>{ok}/%Ln feeds ok</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeDate</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>The configuration file lists %n feed(s) in [[feeds]] tables.</source>
        <translation>
            <numerusform>The configuration file lists %n feed in [[feeds]] tables.</numerusform>
            <numerusform>The configuration file lists %n feeds in [[feeds]] tables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{folder}: %n feeds</source>
        <translation>
            <numerusform>{folder}: %n feed</numerusform>
            <numerusform>{folder}: %n feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feeds move into the account with this sync.</source>
        <translation>
            <numerusform>%n feed moves into the account with this sync.</numerusform>
            <numerusform>%n feeds move into the account with this sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feed(s) synced</source>
        <translation>
            <numerusform>%Ln feed synced</numerusform>
            <numerusform>%Ln feeds synced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln change waiting to be sent</numerusform>
            <numerusform>%Ln changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <source>{label}, %Ln unread</source>
        <translation>
            <numerusform>{label}, %Ln unread</numerusform>
            <numerusform>{label}, %Ln unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message numerus="yes">
        <source>%Ln new article(s)</source>
        <translation>
            <numerusform>%Ln new article</numerusform>
            <numerusform>%Ln new articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing {done}/%Ln feed(s)</source>
        <translation>
            <numerusform>Refreshing {done}/%Ln feed</numerusform>
            <numerusform>Refreshing {done}/%Ln feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feed(s) in error</source>
        <translation>
            <numerusform>%Ln feed in error</numerusform>
            <numerusform>%Ln feeds in error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{checked} of %Ln feeds checked</source>
        <translation>
            <numerusform>{checked} of %Ln feed checked</numerusform>
            <numerusform>{checked} of %Ln feeds checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feed(s) checked</source>
        <translation>
            <numerusform>%Ln feed checked</numerusform>
            <numerusform>%Ln feeds checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln old removed</source>
        <translation>
            <numerusform>%Ln old removed</numerusform>
            <numerusform>%Ln old removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate source(s) failed</source>
        <translation>
            <numerusform>%n rate source failed</numerusform>
            <numerusform>%n rate sources failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) wait(s) as the server asked (Retry-After)</source>
        <translation>
            <numerusform>%n feed waits as its server asked (Retry-After)</numerusform>
            <numerusform>%n feeds wait as their servers asked (Retry-After)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing feed(s) wait(s) for the next check</source>
        <translation>
            <numerusform>%n failing feed waits for its next check</numerusform>
            <numerusform>%n failing feeds wait for their next checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln full text(s)</source>
        <translation>
            <numerusform>%Ln full text</numerusform>
            <numerusform>%Ln full texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) kept offline</source>
        <translation>
            <numerusform>%Ln image kept offline</numerusform>
            <numerusform>%Ln images kept offline</numerusform>
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
    <name>Sync</name>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n new article</numerusform>
            <numerusform>%n new articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n change sent</numerusform>
            <numerusform>%n changes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) taken from the server</source>
        <translation>
            <numerusform>%n mark taken from the server</numerusform>
            <numerusform>%n marks taken from the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TickerItems</name>
    <message numerus="yes">
        <source>Valid for {day} (%n days ago)</source>
        <translation>
            <numerusform>Valid for {day} (%n day ago)</numerusform>
            <numerusform>Valid for {day} (%n days ago)</numerusform>
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
