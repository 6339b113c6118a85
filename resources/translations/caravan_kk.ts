<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add feed</source>
        <translation>Арна қосу</translation>
    </message>
    <message>
        <source>https://example.com/feed.xml or the site&apos;s address</source>
        <translation>https://example.com/feed.xml немесе сайттың мекенжайы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>The feed&apos;s own title</source>
        <translation>Арнаның өз атауы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <source>None, or type a new folder</source>
        <translation>Бумасыз немесе жаңа буманың атын жазыңыз</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжай:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Бума:</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Тексерілуде</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Feeds found</source>
        <translation>Табылған арналар</translation>
    </message>
    <message>
        <source>Subscribe without checking the address</source>
        <translation>Мекенжайды тексермей жазылу</translation>
    </message>
    <message>
        <source>Subscribe without checking</source>
        <translation>Тексермей жазылу</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Жазылу</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Жазылу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>{reason}: nothing can be subscribed.</source>
        <translation>{reason}: жазылу мүмкін емес.</translation>
    </message>
    <message>
        <source>{reason}: the address cannot be checked now. You may subscribe without checking; its articles come with the first refresh online.</source>
        <translation>{reason}: мекенжайды қазір тексеру мүмкін емес. Тексермей жазыла беруге болады: мақалалар желіге қосылғаннан кейінгі алғашқы жаңартумен келеді.</translation>
    </message>
    <message>
        <source>Already subscribed to {address}</source>
        <translation>{address} мекенжайына бұрыннан жазылғансыз</translation>
    </message>
    <message>
        <source>Tick at least one of the feeds found</source>
        <translation>Табылған арналардың кемінде біреуін белгілеңіз</translation>
    </message>
    <message>
        <source>{reason}: tick “Subscribe without checking” to subscribe anyway</source>
        <translation>{reason}: бәрібір жазылу үшін «Тексермей жазылу» құсбелгісін қойыңыз</translation>
    </message>
    <message>
        <source>Checking {address}…</source>
        <translation>{address} тексерілуде…</translation>
    </message>
    <message>
        <source>{reason}. Nothing subscribed.</source>
        <translation>{reason}. Ешбір жазылым қосылмады.</translation>
    </message>
    <message>
        <source>{address} (already subscribed)</source>
        <translation>{address} (бұрыннан жазылғансыз)</translation>
    </message>
    <message numerus="yes">
        <source>{address} is a web page that links to %n feed(s): tick those to subscribe to.</source>
        <translation>
            <numerusform>{address} — %n арнаға сілтеме беретін веб-бет: жазылғыңыз келетіндерін белгілеңіз.</numerusform>
            <numerusform>{address} — %n арнаға сілтеме беретін веб-бет: жазылғыңыз келетіндерін белгілеңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Тексеру тоқтатылды.</translation>
    </message>
</context>
<context>
    <name>FeedErrorsDialog</name>
    <message>
        <source>Feeds with errors — Caravan</source>
        <translation>Қатесі бар арналар — Caravan</translation>
    </message>
    <message>
        <source>Feeds with errors</source>
        <translation>Қатесі бар арналар</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Басталған уақыты</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Рет</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Қазір қайталау</translation>
    </message>
    <message>
        <source>Refresh every feed now; each of these is retried once before its next check, unless its server asked to wait</source>
        <translation>Барлық арналарды қазір жаңарту: сервері күте тұруды сұрамаса, бұлардың әрқайсысы келесі тексеруге дейін тағы бір рет тексеріледі</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>Edit the selected feed</source>
        <translation>Таңдалған арнаны өзгерту</translation>
    </message>
    <message>
        <source>The selected feed&apos;s properties: its address, title, …</source>
        <translation>Таңдалған арнаның қасиеттері: мекенжайы, атауы, …</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>Remove the selected feed</source>
        <translation>Таңдалған арнаны жою</translation>
    </message>
    <message>
        <source>Unsubscribe from the selected feed</source>
        <translation>Таңдалған арнаға жазылымды тоқтату</translation>
    </message>
    <message>
        <source>Every feed is fine.</source>
        <translation>Барлық арна қалыпты жұмыс істеп тұр.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed at the last attempt. Caravan tries them again by itself, waiting longer after each failure.</source>
        <translation>
            <numerusform>Соңғы әрекетте %n арна жүктелмеді. Caravan оларды өзі қайта жүктеп көреді, әр сәтсіздіктен кейін ұзағырақ күтеді.</numerusform>
            <numerusform>Соңғы әрекетте %n арна жүктелмеді. Caravan оларды өзі қайта жүктеп көреді, әр сәтсіздіктен кейін ұзағырақ күтеді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>Automatic (for teasers)</source>
        <translation>Автоматты түрде (анонстар үшін)</translation>
    </message>
    <message>
        <source>Always fetch the article page</source>
        <translation>Мақала бетін әрқашан жүктеу</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ешқашан</translation>
    </message>
    <message>
        <source>{feed} — Properties</source>
        <translation>{feed} — қасиеттері</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Changing the address keeps the feed&apos;s articles</source>
        <translation>Мекенжай өзгерсе де, арнаның мақалалары сақталады</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>The feed&apos;s own title</source>
        <translation>Арнаның өз атауы</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <source>Refresh interval in minutes</source>
        <translation>Жаңарту аралығы, минутпен</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>The global interval ({minutes} min)</source>
        <translation>Жалпы аралық ({minutes} мин)</translation>
    </message>
    <message>
        <source>Fetch this feed (unchecked: paused, its articles kept)</source>
        <translation>Бұл арнаны жүктеу (белгі қойылмаса — кідіртіледі, мақалалары сақталады)</translation>
    </message>
    <message>
        <source>Fetch this feed</source>
        <translation>Бұл арнаны жүктеу</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Толық мәтін</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжай:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Бума:</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Жаңарту аралығы:</translation>
    </message>
    <message>
        <source>F&amp;ull text:</source>
        <translation>&amp;Толық мәтін:</translation>
    </message>
    <message>
        <source>not given by the feed</source>
        <translation>арна көрсетпеген</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Соңғы тексеру</translation>
    </message>
    <message>
        <source>{error} ({count}×)</source>
        <translation>{error} ({count} рет)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Соңғы қате</translation>
    </message>
    <message>
        <source>Articles stored</source>
        <translation>Сақталған мақалалар</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <source>Last checked:</source>
        <translation>Соңғы тексеру:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Соңғы қате:</translation>
    </message>
    <message>
        <source>Articles stored:</source>
        <translation>Сақталған мақалалар:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Open &amp;website</source>
        <translation>&amp;Сайтты ашу</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Сайтты ашу</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Мекенжайды &amp;көшіру</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Мекенжайды көшіру</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://</source>
        <translation>Мекенжай http:// немесе https:// деп басталуы керек</translation>
    </message>
    <message>
        <source>never</source>
        <translation>әлі тексерілмеген</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>Mark all as read</source>
        <translation>Барлығын оқылды деп белгілеу</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Жаңа бума…</translation>
    </message>
    <message>
        <source>Rename folder…</source>
        <translation>Буманың атын өзгерту…</translation>
    </message>
    <message>
        <source>Delete folder…</source>
        <translation>Буманы жою…</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Жаңа бума</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Буманың аты:</translation>
    </message>
    <message>
        <source>There is already a folder {folder}</source>
        <translation>{folder} бумасы бұрыннан бар</translation>
    </message>
    <message>
        <source>Rename folder</source>
        <translation>Буманың атын өзгерту</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder {folder}? Its %n feed(s) will be outside any folder; none is unsubscribed.</source>
        <translation>
            <numerusform>{folder} бумасы жойылсын ба? Ондағы %n арна бумасыз қалады, жазылымдар сақталады.</numerusform>
            <numerusform>{folder} бумасы жойылсын ба? Ондағы %n арна бумасыз қалады, жазылымдар сақталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the folder {folder}? It has no feeds.</source>
        <translation>{folder} бумасы жойылсын ба? Онда арна жоқ.</translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>Буманы жою</translation>
    </message>
</context>
<context>
    <name>RateDetail</name>
    <message>
        <source>unknown (no earlier day stored)</source>
        <translation>белгісіз (алдыңғы күннің бағамы сақталмаған)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Out of date&lt;/b&gt;: %n day(s) old; the source publishes {cadence}, and no newer rate has been stored</source>
        <translation>
            <numerusform>&lt;b&gt;Ескірген&lt;/b&gt;: бағам %n күн бұрынғы; дереккөз {cadence} жариялайды, ал жаңарақ бағам сақталмаған</numerusform>
            <numerusform>&lt;b&gt;Ескірген&lt;/b&gt;: бағам %n күн бұрынғы; дереккөз {cadence} жариялайды, ал жаңарақ бағам сақталмаған</numerusform>
        </translation>
    </message>
    <message>
        <source>Change since the previous day: {change}</source>
        <translation>Алдыңғы күнмен салыстырғанда өзгеріс: {change}</translation>
    </message>
    <message numerus="yes">
        <source>Valid for {day} · Source: {source} · %n day(s) stored</source>
        <translation>
            <numerusform>{day} күнге жарамды · Дереккөз: {source} · %n күннің бағамы сақталған</numerusform>
            <numerusform>{day} күнге жарамды · Дереккөз: {source} · %n күннің бағамы сақталған</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairMessages</name>
    <message>
        <source>Caravan must repair its database</source>
        <translation>Caravan дерекқорын қалпына келтіруі керек</translation>
    </message>
    <message>
        <source>Caravan found damage in its database and will now restart to repair it.</source>
        <translation>Caravan дерекқорынан зақым тапты және оны қалпына келтіру үшін қазір қайта іске қосылады.</translation>
    </message>
    <message>
        <source>Everything that can still be read is kept, and what cannot is taken from the newest backup; the damaged file is kept aside. You will be told what was saved.</source>
        <translation>Әлі оқылатынның бәрі сақталады, ал қалғаны ең соңғы сақтық көшірмеден алынады; зақымдалған файл бөлек сақталады. Не сақталғаны туралы сізге хабарланады.</translation>
    </message>
    <message>
        <source>Restart and repair</source>
        <translation>Қайта іске қосып, қалпына келтіру</translation>
    </message>
    <message>
        <source>Caravan repaired its database</source>
        <translation>Caravan дерекқорын қалпына келтірді</translation>
    </message>
    <message>
        <source>Caravan&apos;s database is damaged</source>
        <translation>Caravan дерекқоры зақымдалған</translation>
    </message>
    <message>
        <source>Caravan found damage in its database and cannot repair it here.</source>
        <translation>Caravan дерекқорынан зақым тапты, бірақ оны мұнда қалпына келтіре алмайды.</translation>
    </message>
</context>
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
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another Caravan is using {folder} but does not answer (it may be showing a message of its own). Close it, then start Caravan again.</source>
        <translation>Іске қосылған басқа Caravan {folder} бумасын пайдаланып тұр, бірақ жауап бермейді (ол өз хабарламасын көрсетіп тұрған болуы мүмкін). Оны жабыңыз да, Caravan-ды қайта іске қосыңыз.</translation>
    </message>
</context>
<context>
    <name>Subscriptions</name>
    <message>
        <source>&amp;Add feed…</source>
        <translation>Арна &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Import subscriptions (OPML)…</source>
        <translation>Жазылымдарды &amp;импорттау (OPML)…</translation>
    </message>
    <message>
        <source>&amp;Export subscriptions (OPML)…</source>
        <translation>Жазылымдарды &amp;экспорттау (OPML)…</translation>
    </message>
    <message>
        <source>New &amp;folder…</source>
        <translation>Жаңа &amp;бума…</translation>
    </message>
    <message>
        <source>Feeds with &amp;errors…</source>
        <translation>Қатесі бар а&amp;рналар…</translation>
    </message>
    <message>
        <source>Edit feed address</source>
        <translation>Арна мекенжайын өзгерту</translation>
    </message>
    <message>
        <source>{feed} now comes from {address}</source>
        <translation>{feed} енді {address} мекенжайынан жүктеледі</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %n feed(s)</source>
        <translation>
            <numerusform>%n арнаға жазылдыңыз</numerusform>
            <numerusform>%n арнаға жазылдыңыз</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed to {address}</source>
        <translation>{address} мекенжайына жазылдыңыз</translation>
    </message>
    <message>
        <source>{done}. {reason}: its articles come with the first refresh online</source>
        <translation>{done}. {reason}: мақалалар желіге қосылғаннан кейінгі алғашқы жаңартумен келеді</translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>Жазылымдарды импорттау</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml)</source>
        <translation>OPML файлдары (*.opml *.xml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Cannot import {file}: {error}</source>
        <translation>{file} файлын импорттау мүмкін болмады: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new feed(s)</source>
        <translation>
            <numerusform>%Ln жаңа арна импортталды</numerusform>
            <numerusform>%Ln жаңа арна импортталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already subscribed</source>
        <translation>
            <numerusform>%Ln арнаға бұрыннан жазылғансыз</numerusform>
            <numerusform>%Ln арнаға бұрыннан жазылғансыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries skipped</source>
        <translation>
            <numerusform>%Ln жазба өткізіп жіберілді</numerusform>
            <numerusform>%Ln жазба өткізіп жіберілді</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}: fetched when online</source>
        <translation>{reason}: желіге қосылғанда жүктеледі</translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Жазылымдарды экспорттау</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>OPML файлдары (*.opml)</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>{file} файлына жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>Subscriptions written to {file}</source>
        <translation>Жазылымдар {file} файлына жазылды</translation>
    </message>
    <message>
        <source>Refresh this feed</source>
        <translation>Бұл арнаны жаңарту</translation>
    </message>
    <message>
        <source>Paused: resume fetching first</source>
        <translation>Кідіртілген: алдымен жүктеуді жалғастырыңыз</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Барлығын оқылды деп белгілеу</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Қасиеттері…</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Мекенжайды көшіру</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Сайтты ашу</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Атын өзгерту…</translation>
    </message>
    <message>
        <source>Move to folder…</source>
        <translation>Бумаға жылжыту…</translation>
    </message>
    <message>
        <source>Resume fetching</source>
        <translation>Жүктеуді жалғастыру</translation>
    </message>
    <message>
        <source>Pause fetching</source>
        <translation>Жүктеуді кідірту</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Толық мәтін</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <source>Refreshing {feed}…</source>
        <translation>{feed} жаңартылуда…</translation>
    </message>
    <message>
        <source>Refused to open {address}: not a web link</source>
        <translation>{address} ашылмады: бұл веб-сілтеме емес</translation>
    </message>
    <message>
        <source>Rename feed</source>
        <translation>Арнаның атын өзгерту</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>Бумаға жылжыту</translation>
    </message>
    <message>
        <source>Folder (empty for none):</source>
        <translation>Бума (бос болса — бумасыз):</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Арнаны жою</translation>
    </message>
    <message>
        <source>Unsubscribe from {feed} and delete its articles?</source>
        <translation>{feed} арнасына жазылымды тоқтатып, оның мақалаларын жою керек пе?</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show or hide the reader</source>
        <translation>Оқу терезесін көрсету не жасыру</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Қазір жаңарту</translation>
    </message>
    <message>
        <source>Quit Caravan</source>
        <translation>Caravan-нан шығу</translation>
    </message>
    <message numerus="yes">
        <source>Caravan — %Ln unread</source>
        <translation>
            <numerusform>Caravan — %Ln оқылмаған</numerusform>
            <numerusform>Caravan — %Ln оқылмаған</numerusform>
        </translation>
    </message>
    <message>
        <source>Caravan — all read</source>
        <translation>Caravan — бәрі оқылды</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
</context>
</TS>
