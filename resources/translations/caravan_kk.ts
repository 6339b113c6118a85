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
    <name>App</name>
    <message>
        <source>Caravan is already running</source>
        <translation>Caravan қазірдің өзінде іске қосылған</translation>
    </message>
    <message>
        <source>Caravan is already running.</source>
        <translation>Caravan қазірдің өзінде іске қосылған.</translation>
    </message>
    <message>
        <source>Caravan is already running: its window was brought forward.</source>
        <translation>Caravan қазірдің өзінде іске қосылған: оның терезесі алдыңғы қатарға шығарылды.</translation>
    </message>
    <message>
        <source>Caravan cannot open its database</source>
        <translation>Caravan дерекқорын аша алмайды</translation>
    </message>
    <message>
        <source>Recent changes were lost</source>
        <translation>Соңғы өзгерістер жоғалды</translation>
    </message>
    <message>
        <source>Configuration problems</source>
        <translation>Баптаулардағы қателер</translation>
    </message>
</context>
<context>
    <name>ArticleList</name>
    <message>
        <source>(untitled)</source>
        <translation>(атауы жоқ)</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>оқылмаған</translation>
    </message>
    <message>
        <source>read</source>
        <translation>оқылды</translation>
    </message>
    <message>
        <source>, starred</source>
        <translation>, таңдаулыларда</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Мақалалар</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>(untitled)</source>
        <translation>(атаусыз)</translation>
    </message>
    <message>
        <source>Open the original</source>
        <translation>Түпнұсқасын ашу</translation>
    </message>
    <message>
        <source>Full text from the article&apos;s page</source>
        <translation>Мақала бетінен алынған толық мәтін</translation>
    </message>
    <message>
        <source>The feed&apos;s text</source>
        <translation>Арнадағы мәтін</translation>
    </message>
    <message>
        <source>Show the feed&apos;s text</source>
        <translation>Арнадағы мәтінді көрсету</translation>
    </message>
    <message>
        <source>Show the full text</source>
        <translation>Толық мәтінді көрсету</translation>
    </message>
    <message>
        <source>no full text: {reason}</source>
        <translation>толық мәтін жоқ: {reason}</translation>
    </message>
    <message>
        <source>Fetch the full text</source>
        <translation>Толық мәтінді жүктеу</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--add-feed is for the window; with a command, use `caravan add-feed URL` (nothing was done)</source>
        <translation>--add-feed терезе үшін; командамен `caravan add-feed URL` қолданыңыз (ештеңе жасалмады)</translation>
    </message>
    <message>
        <source>{reason}; nothing was changed</source>
        <translation>{reason}; ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <source>repairing the database and running the command again</source>
        <translation>дерекқор қалпына келтіріліп, команда қайта орындалуда</translation>
    </message>
    <message>
        <source>{file} is a directory, not a configuration file</source>
        <translation>{file} — бума, баптау файлы емес</translation>
    </message>
    <message>
        <source>cannot create the configuration {file}: {folder} is not a directory</source>
        <translation>{file} баптау файлын жасау мүмкін емес: {folder} бума емес</translation>
    </message>
    <message>
        <source>{folder} is a file, not a data directory</source>
        <translation>{folder} — файл, деректер бумасы емес</translation>
    </message>
    <message>
        <source>cannot use {folder} as the data directory: {error}</source>
        <translation>{folder} бумасын деректер бумасы ретінде қолдану мүмкін емес: {error}</translation>
    </message>
    <message>
        <source>{reason}: nothing was refreshed</source>
        <translation>{reason}: ештеңе жаңартылмады</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>қате</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>күтуде</translation>
    </message>
    <message>
        <source>rates</source>
        <translation>бағамдар</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n жаңа</numerusform>
            <numerusform>%n жаңа</numerusform>
        </translation>
    </message>
    <message>
        <source>its server asked not to be fetched before {when}</source>
        <translation>сервер {when} дейін жүктемеуді сұрады</translation>
    </message>
    <message>
        <source>failing; already retried once early, next check {when}</source>
        <translation>қате; мерзімінен бұрын бір рет қайталанды, келесі тексеру {when}</translation>
    </message>
    <message>
        <source>rates ({source}): {error}</source>
        <translation>бағамдар ({source}): {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n currencies</source>
        <translation>
            <numerusform>%n валюта</numerusform>
            <numerusform>%n валюта</numerusform>
        </translation>
    </message>
    <message>
        <source>rates ({source})</source>
        <translation>бағамдар ({source})</translation>
    </message>
    <message>
        <source>{error}; nothing subscribed (--force subscribes anyway)</source>
        <translation>{error}; ештеңеге жазылмады (--force бәрібір жазады)</translation>
    </message>
    <message>
        <source>anyway (--force)</source>
        <translation>бәрібір (--force)</translation>
    </message>
    <message>
        <source>it also links to {address}</source>
        <translation>сондай-ақ {address} сілтейді</translation>
    </message>
    <message>
        <source>Added feed {id} {how}: {address}</source>
        <translation>{id} арнасы қосылды {how}: {address}</translation>
    </message>
    <message>
        <source>Added feed {id}: {address}</source>
        <translation>{id} арнасы қосылды: {address}</translation>
    </message>
    <message>
        <source>Already subscribed (feed {id}): {address}</source>
        <translation>Жазылым бұрыннан бар ({id} арна): {address}</translation>
    </message>
    <message>
        <source>No subscriptions yet: caravan add-feed URL, or caravan import-opml FILE</source>
        <translation>Жазылым әзірге жоқ: caravan add-feed URL немесе caravan import-opml FILE</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread</source>
        <translation>
            <numerusform>%Ln оқылмаған</numerusform>
            <numerusform>%Ln оқылмаған</numerusform>
        </translation>
    </message>
    <message>
        <source>error since {since} ({count}×): {error}</source>
        <translation>{since} бастап қате ({count}×): {error}</translation>
    </message>
    <message>
        <source>last checked {when}</source>
        <translation>соңғы тексеру {when}</translation>
    </message>
    <message>
        <source>next {when}</source>
        <translation>келесі {when}</translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>әр %n мин</numerusform>
            <numerusform>әр %n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>full text: always</source>
        <translation>толық мәтін: әрдайым</translation>
    </message>
    <message>
        <source>full text: never</source>
        <translation>толық мәтін: ешқашан</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <source>error</source>
        <translation>қате</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>жақсы</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>әлі тексерілмеген</translation>
    </message>
    <message>
        <source>no feed with id {id} (see `caravan feeds`)</source>
        <translation>id {id} арнасы жоқ (`caravan feeds` қараңыз)</translation>
    </message>
    <message>
        <source>nothing changed: give edit-feed {id} at least one of {options}</source>
        <translation>ештеңе өзгермеді: edit-feed {id} үшін {options} ішінен кемінде біреуін беріңіз</translation>
    </message>
    <message>
        <source>--interval must be between 0 and 10080 minutes</source>
        <translation>--interval 0 мен 10080 минут аралығында болуы керек</translation>
    </message>
    <message>
        <source>Feed {id} updated: {changes}</source>
        <translation>{id} арнасы өзгертілді: {changes}</translation>
    </message>
    <message>
        <source>title {title}</source>
        <translation>атауы {title}</translation>
    </message>
    <message>
        <source>the feed&apos;s own title</source>
        <translation>арнаның өз атауы</translation>
    </message>
    <message>
        <source>folder {folder}</source>
        <translation>бума {folder}</translation>
    </message>
    <message>
        <source>no folder</source>
        <translation>бумасыз</translation>
    </message>
    <message>
        <source>the global interval</source>
        <translation>жалпы аралық</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>қосылған</translation>
    </message>
    <message>
        <source>full text {choice}</source>
        <translation>толық мәтін {choice}</translation>
    </message>
    <message numerus="yes">
        <source>Removed feed {id} and its %n article(s)</source>
        <translation>
            <numerusform>{id} арнасы және оның %n мақаласы жойылды</numerusform>
            <numerusform>{id} арнасы және оның %n мақаласы жойылды</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read {file}: {error}</source>
        <translation>{file} оқу мүмкін емес: {error}</translation>
    </message>
    <message>
        <source>{file}: {error}; nothing imported</source>
        <translation>{file}: {error}; ештеңе импортталмады</translation>
    </message>
    <message>
        <source>skipped {reason}</source>
        <translation>өткізілді: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new feed(s)</source>
        <translation>
            <numerusform>%n жаңа арна импортталды</numerusform>
            <numerusform>%n жаңа арна импортталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n бұрыннан жазылған</numerusform>
            <numerusform>%n бұрыннан жазылған</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write {file}: {error}</source>
        <translation>{file} жазу мүмкін емес: {error}</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>{file} жазылды</translation>
    </message>
    <message>
        <source>{reason}: showing the stored rates</source>
        <translation>{reason}: сақталған бағамдар көрсетілген</translation>
    </message>
    <message>
        <source>{error}; showing what is stored</source>
        <translation>{error}; сақталғаны көрсетілген</translation>
    </message>
    <message>
        <source>{problem}; its pairs come from the fallback</source>
        <translation>{problem}; оның жұптары қосалқы дереккөзден алынды</translation>
    </message>
    <message>
        <source>no rates stored yet; run `caravan refresh`</source>
        <translation>сақталған бағам әзірге жоқ; `caravan refresh` іске қосыңыз</translation>
    </message>
    <message>
        <source>no rates from {source} stored yet</source>
        <translation>{source} көзінен сақталған бағам әзірге жоқ</translation>
    </message>
    <message>
        <source>{nothing}; `caravan rates --provider {provider}` without --offline fetches them</source>
        <translation>{nothing}; `caravan rates --provider {provider}` командасы --offline-сыз оларды жүктейді</translation>
    </message>
    <message>
        <source>neither {bank} nor {source} lists</source>
        <translation>{bank} те, {source} те жарияламайды</translation>
    </message>
    <message>
        <source>{source} does not list</source>
        <translation>{source} жарияламайды</translation>
    </message>
    <message>
        <source>no stored {pair} rates from {source}</source>
        <translation>{source} дереккөзінен сақталған {pair} бағамы жоқ</translation>
    </message>
    <message>
        <source>{pair} from {source}</source>
        <translation>{pair}, дереккөз: {source}</translation>
    </message>
    <message>
        <source>no article with id {id}</source>
        <translation>id {id} мақаласы жоқ</translation>
    </message>
    <message>
        <source>Enclosure: {name} ({details}) {address}</source>
        <translation>Тіркеме: {name} ({details}) {address}</translation>
    </message>
    <message>
        <source>Caravan is in the applications menu:</source>
        <translation>Caravan қолданбалар мәзірінде:</translation>
    </message>
    <message>
        <source>Removed from the applications menu:</source>
        <translation>Қолданбалар мәзірінен алынды:</translation>
    </message>
    <message>
        <source>It was not there.</source>
        <translation>Ол онда болмаған.</translation>
    </message>
    <message>
        <source>(brought {cache} up to date)</source>
        <translation>({cache} жаңартылды)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>қосулы</translation>
    </message>
    <message>
        <source>off</source>
        <translation>өшірулі</translation>
    </message>
    <message>
        <source>Caravan starts minimized when you log in: {where}</source>
        <translation>Caravan жүйеге кіргенде кішірейтілген күйде іске қосылады: {where}</translation>
    </message>
    <message>
        <source>Caravan does not start when you log in (nothing at {where})</source>
        <translation>Caravan жүйеге кіргенде іске қосылмайды ({where} ішінде ештеңе жоқ)</translation>
    </message>
    <message>
        <source>Removed the account {user} on {server}:</source>
        <translation>{server} серверіндегі {user} тіркелгісі жойылды:</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) stay here as local feeds;</source>
        <translation>
            <numerusform>%n арна осында жергілікті арна ретінде қалады;</numerusform>
            <numerusform>%n арна осында жергілікті арна ретінде қалады;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent were dropped</source>
        <translation>
            <numerusform>әлі жіберілмеген %n өзгеріс жойылды</numerusform>
            <numerusform>әлі жіберілмеген %n өзгеріс жойылды</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <source>Account:  {user} on {server}</source>
        <translation>Тіркелгі:  {server} серверіндегі {user}</translation>
    </message>
    <message numerus="yes">
        <source>Feeds:    %n synced</source>
        <translation>
            <numerusform>Арналар:  %n синхрондалды</numerusform>
            <numerusform>Арналар:  %n синхрондалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting:  %n change(s) not yet sent</source>
        <translation>
            <numerusform>Күтуде:   %n өзгеріс әлі жіберілмеген</numerusform>
            <numerusform>Күтуде:   %n өзгеріс әлі жіберілмеген</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced:   {when}</source>
        <translation>Синхрондалды:  {when}</translation>
    </message>
    <message>
        <source>Failed:   {error}</source>
        <translation>Қате:     {error}</translation>
    </message>
    <message>
        <source>Password: not kept ({problem}); asked at each sync</source>
        <translation>Құпиясөз: сақталмайды ({problem}); әр синхрондауда сұралады</translation>
    </message>
    <message>
        <source>Password: in the system&apos;s keyring</source>
        <translation>Құпиясөз: жүйенің кілттер қоймасында</translation>
    </message>
    <message>
        <source>Password: not kept; asked</source>
        <translation>Құпиясөз: сақталмайды; сұралады</translation>
    </message>
    <message>
        <source>account add needs --server URL and --user NAME</source>
        <translation>account add үшін --server URL және --user NAME керек</translation>
    </message>
    <message>
        <source>Password of {user} on {server}: </source>
        <translation>{server} серверіндегі {user} құпиясөзі: </translation>
    </message>
    <message>
        <source>no password given (type it at the prompt, or use --password-stdin)</source>
        <translation>құпиясөз берілмеді (сұрауға енгізіңіз немесе --password-stdin қолданыңыз)</translation>
    </message>
    <message>
        <source>Account added: {user} on {server}</source>
        <translation>Тіркелгі қосылды: {server} серверіндегі {user}</translation>
    </message>
    <message>
        <source>{reason}; the password will be asked at each sync (never saved in a file)</source>
        <translation>{reason}; құпиясөз әр синхрондауда сұралады (файлға ешқашан сақталмайды)</translation>
    </message>
    <message>
        <source>`caravan sync` brings its feeds; `caravan account push` sends the local ones</source>
        <translation>`caravan sync` оның арналарын әкеледі; `caravan account push` жергілікті арналарды жібереді</translation>
    </message>
    <message numerus="yes">
        <source>%n local feed(s) will move into the account at the next sync</source>
        <translation>
            <numerusform>%n жергілікті арна келесі синхрондауда тіркелгіге көшеді</numerusform>
            <numerusform>%n жергілікті арна келесі синхрондауда тіркелгіге көшеді</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}: nothing was synced</source>
        <translation>{reason}: ештеңе синхрондалмады</translation>
    </message>
    <message>
        <source>no sync account is set up (caravan account add --server URL --user NAME)</source>
        <translation>синхрондау тіркелгісі бапталмаған (caravan account add --server URL --user NAME)</translation>
    </message>
    <message>
        <source>no password: none is kept in a keyring, and none was given (--password-stdin)</source>
        <translation>құпиясөз жоқ: кілттер қоймасында жоқ және берілмеді (--password-stdin)</translation>
    </message>
    <message>
        <source>not sent  {problem}</source>
        <translation>жіберілмеді  {problem}</translation>
    </message>
    <message>
        <source>Synced in {seconds} s: {summary}</source>
        <translation>{seconds} с ішінде синхрондалды: {summary}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>configuration file (TOML)</source>
        <translation>баптаулар файлы (TOML)</translation>
    </message>
    <message>
        <source>directory for the database and logs</source>
        <translation>дерекқор мен журналдарға арналған бума</translation>
    </message>
    <message>
        <source>use only what is stored; never touch the network</source>
        <translation>тек сақталғанды пайдалану; желіге мүлдем шықпау</translation>
    </message>
    <message>
        <source>print progress and warnings on the console</source>
        <translation>барысы мен ескертулерді консольге шығару</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} бүтін сан емес</translation>
    </message>
    <message>
        <source>{value} is negative; give 0 (all) or more</source>
        <translation>{value} теріс сан; 0 (барлығы) немесе одан көп санды беріңіз</translation>
    </message>
    <message>
        <source>{value} is not an id (a whole number from 1)</source>
        <translation>{value} нөмір емес (1-ден басталатын бүтін сан)</translation>
    </message>
    <message>
        <source>{value} is not a currency pair (KGS, or USD/UZS)</source>
        <translation>{value} валюта жұбы емес (KGS немесе USD/UZS)</translation>
    </message>
    <message>
        <source>Currency-rate ticker and offline news reader. Without a command, opens the window.</source>
        <translation>Валюта бағамдарының жүгірме жолы және желісіз жаңалықтар оқу құралы. Командасыз терезені ашады.</translation>
    </message>
    <message>
        <source>open the window (or bring the running one forward) and subscribe to URL once it is checked</source>
        <translation>терезені ашу (немесе ашықтұрғанын алдыға шығару) және URL тексерілген соң оған жазылу</translation>
    </message>
    <message>
        <source>open in the tray, or as the compact ticker if Caravan was left so (what the start at login does)</source>
        <translation>науада ашылу немесе Caravan солай қалдырылса, ықшам жүгірме жол ретінде (жүйеге кіргенде осылай іске қосылады)</translation>
    </message>
    <message>
        <source>open the window (the default)</source>
        <translation>терезені ашу (әдепкі)</translation>
    </message>
    <message>
        <source>update every feed and the rates once, print a summary</source>
        <translation>барлық арна мен бағамдарды бір рет жаңарту, қорытындыны шығару</translation>
    </message>
    <message>
        <source>subscribe to a feed (a web page&apos;s own feed is found)</source>
        <translation>арнаға жазылу (веб-беттің өз арнасы табылады)</translation>
    </message>
    <message>
        <source>the feed&apos;s http or https address, or a page that links to it</source>
        <translation>арнаның http немесе https мекенжайы, не оған сілтеме беретін бет</translation>
    </message>
    <message>
        <source>a title to show instead of the feed&apos;s own</source>
        <translation>арнаның өз атауының орнына көрсетілетін атау</translation>
    </message>
    <message>
        <source>the sidebar folder to put it in</source>
        <translation>оны салатын бүйір панелдегі бума</translation>
    </message>
    <message>
        <source>subscribe even when the address gives no feed now, or cannot be checked (offline)</source>
        <translation>мекенжайда қазір арна болмаса да, не оны тексеру мүмкін болмаса да (желісіз) жазылу</translation>
    </message>
    <message>
        <source>list subscriptions with their state and errors</source>
        <translation>жазылымдар тізімі: күйі мен қателері</translation>
    </message>
    <message>
        <source>rename, move, pause, pace one feed or set its full text</source>
        <translation>бір арнаның атын өзгерту, жылжыту, кідірту, жиілігін не толық мәтінін баптау</translation>
    </message>
    <message>
        <source>the feed&apos;s id (see `caravan feeds`)</source>
        <translation>арнаның нөмірі (`caravan feeds` қараңыз)</translation>
    </message>
    <message>
        <source>a new title</source>
        <translation>жаңа атауы</translation>
    </message>
    <message>
        <source>a new folder (&apos;&apos; for none)</source>
        <translation>жаңа бума (&apos;&apos; — бумасыз)</translation>
    </message>
    <message>
        <source>own refresh interval (0: the global one)</source>
        <translation>өз жаңарту аралығы (0 — жалпы аралық)</translation>
    </message>
    <message>
        <source>fetch it again</source>
        <translation>оны қайта жүктеу</translation>
    </message>
    <message>
        <source>stop fetching it, keep articles</source>
        <translation>оны жүктеуді тоқтату, мақалаларды сақтау</translation>
    </message>
    <message>
        <source>fetch article pages: for teasers (auto), for every article, or never</source>
        <translation>мақала беттерін жүктеу: анонстар үшін (auto), әр мақала үшін (always) немесе ешқашан (never)</translation>
    </message>
    <message>
        <source>unsubscribe and delete the feed&apos;s articles</source>
        <translation>жазылымды тоқтатып, арнаның мақалаларын жою</translation>
    </message>
    <message>
        <source>subscribe to every feed of an OPML file, with folders</source>
        <translation>OPML файлындағы барлық арнаға бумаларымен жазылу</translation>
    </message>
    <message>
        <source>the OPML file</source>
        <translation>OPML файлы</translation>
    </message>
    <message>
        <source>write the subscriptions as OPML</source>
        <translation>жазылымдарды OPML ретінде жазу</translation>
    </message>
    <message>
        <source>where to write (default: stdout)</source>
        <translation>қайда жазу (әдепкі: стандартты шығыс)</translation>
    </message>
    <message>
        <source>print the ticker line from the stored rates</source>
        <translation>сақталған бағамдардан жүгірме жолды шығару</translation>
    </message>
    <message>
        <source>take the rates from this source (fetched now unless --offline)</source>
        <translation>бағамдарды осы дереккөзден алу (--offline болмаса, қазір жүктеледі)</translation>
    </message>
    <message>
        <source>each Central Asian currency from its own central bank (fetched now unless --offline)</source>
        <translation>Орталық Азияның әр валютасы — өз ұлттық банкінен (--offline болмаса, қазір жүктеледі)</translation>
    </message>
    <message>
        <source>print every stored day of one pair (e.g. KGS or USD/UZS)</source>
        <translation>бір жұптың сақталған барлық күнін шығару (мысалы, KGS немесе USD/UZS)</translation>
    </message>
    <message>
        <source>print one stored article</source>
        <translation>сақталған бір мақаланы шығару</translation>
    </message>
    <message>
        <source>the article&apos;s id (see `caravan list`)</source>
        <translation>мақаланың нөмірі (`caravan list` қараңыз)</translation>
    </message>
    <message>
        <source>print the sanitized HTML the reader pane receives</source>
        <translation>оқу терезесі алатын тазартылған HTML-ді шығару</translation>
    </message>
    <message>
        <source>list stored articles, newest first</source>
        <translation>сақталған мақалалар тізімі, алдымен жаңалары</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>мәтіннің орнына JSON шығару</translation>
    </message>
    <message>
        <source>at most this many (0: all)</source>
        <translation>ең көбі осынша (0 — барлығы)</translation>
    </message>
    <message>
        <source>set up, show or remove the sync account: a Google Reader API server (Miniflux, FreshRSS...); push moves local feeds into it</source>
        <translation>синхрондау тіркелгісін баптау, көрсету немесе жою — Google Reader API сервері (Miniflux, FreshRSS...); push жергілікті арналарды соған көшіреді</translation>
    </message>
    <message>
        <source>add: the API&apos;s address (Miniflux: the server&apos;s; FreshRSS: .../api/greader.php)</source>
        <translation>add: API мекенжайы (Miniflux — сервердің мекенжайы; FreshRSS — .../api/greader.php)</translation>
    </message>
    <message>
        <source>add: the user name</source>
        <translation>add: пайдаланушы аты</translation>
    </message>
    <message>
        <source>add, and sync without a keyring: read the password from standard input</source>
        <translation>add және кілттер қоймасыз синхрондау: құпиясөзді стандартты кірістен оқу</translation>
    </message>
    <message>
        <source>push: only the local feeds of this folder (repeatable; default: every one)</source>
        <translation>push: тек осы буманың жергілікті арналары (қайталауға болады; әдепкі: барлығы)</translation>
    </message>
    <message>
        <source>sync once with the account&apos;s server, print a summary (1: it failed)</source>
        <translation>тіркелгі серверімен бір рет синхрондау, қорытындыны шығару (1 — сәтсіз)</translation>
    </message>
    <message>
        <source>read the password from standard input (where no keyring keeps it)</source>
        <translation>құпиясөзді стандартты кірістен оқу (кілттер қоймасы сақтамаса)</translation>
    </message>
    <message>
        <source>add Caravan to the applications menu, or remove it (Linux and XDG desktops)</source>
        <translation>Caravan-ды қолданбалар мәзіріне қосу немесе одан алып тастау (Linux және XDG жұмыс үстелдері)</translation>
    </message>
    <message>
        <source>start Caravan (minimized) when you log in, or no longer</source>
        <translation>жүйеге кіргенде Caravan-ды (жиналған күйде) іске қосу немесе енді қоспау</translation>
    </message>
    <message>
        <source>status exits with 1 when it is off</source>
        <translation>автоіске қосу өшірулі болса, status 1 кодымен аяқталады</translation>
    </message>
</context>
<context>
    <name>CompactTicker</name>
    <message>
        <source>Caravan ticker</source>
        <translation>Caravan жүгірме жолы</translation>
    </message>
    <message>
        <source>Caravan compact ticker</source>
        <translation>Caravan ықшам жүгірме жолы</translation>
    </message>
    <message>
        <source>Compact ticker menu</source>
        <translation>Ықшам жүгірме жол мәзірі</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Kyrgyz som</source>
        <translation>қырғыз сомы</translation>
    </message>
    <message>
        <source>Kazakhstani tenge</source>
        <translation>қазақстан теңгесі</translation>
    </message>
    <message>
        <source>Tajikistani somoni</source>
        <translation>тәжік сомониі</translation>
    </message>
    <message>
        <source>Uzbekistani som</source>
        <translation>өзбек сомы</translation>
    </message>
    <message>
        <source>Turkmenistani manat</source>
        <translation>түрікмен манаты</translation>
    </message>
    <message>
        <source>Azerbaijani manat</source>
        <translation>әзербайжан манаты</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>АҚШ доллары</translation>
    </message>
    <message>
        <source>euro</source>
        <translation>еуро</translation>
    </message>
    <message>
        <source>Russian ruble</source>
        <translation>ресей рублі</translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation>қытай юані</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>Type the address of a feed or of a web page that links to one</source>
        <translation>Арнаның немесе оған сілтейтін веб-беттің мекенжайын енгізіңіз</translation>
    </message>
    <message>
        <source>{address} is not an http or https address (it holds a space)</source>
        <translation>{address} — http не https мекенжайы емес (ішінде бос орын бар)</translation>
    </message>
    <message>
        <source>{address} is not an http or https address</source>
        <translation>{address} — http не https мекенжайы емес</translation>
    </message>
    <message>
        <source>nothing answers at {address} ({error})</source>
        <translation>{address} мекенжайында ешкім жауап бермейді ({error})</translation>
    </message>
    <message>
        <source>{address} sent an empty document</source>
        <translation>{address} бос құжат жіберді</translation>
    </message>
    <message>
        <source>{address} is a web page with no feed</source>
        <translation>{address} — арнасы жоқ веб-бет</translation>
    </message>
    <message>
        <source>a document of no declared type</source>
        <translation>түрі көрсетілмеген құжат</translation>
    </message>
    <message>
        <source>{address} is not a feed (the server sent {kind}, {size})</source>
        <translation>{address} — арна емес (сервер {kind}, {size} жіберді)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnclosureKinds</name>
    <message>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Бейне</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Сурет</translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>EPUB кітабы</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP мұрағаты</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>Enclosures</name>
    <message>
        <source>Caravan was started offline (--offline): nothing is downloaded</source>
        <translation>Caravan желісіз іске қосылған (--offline): ештеңе жүктелмейді</translation>
    </message>
    <message>
        <source>Refused to open {address}: not a web address</source>
        <translation>{address} ашылмады: бұл веб-мекенжай емес</translation>
    </message>
    <message>
        <source>The system has no application to open this enclosure</source>
        <translation>Жүйеде бұл тіркемені ашатын қолданба жоқ</translation>
    </message>
    <message>
        <source>Enclosure {name}</source>
        <translation>Тіркеме {name}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Ойнату</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Download for offline</source>
        <translation>Желісіз үшін жүктеу</translation>
    </message>
    <message>
        <source>Open downloaded</source>
        <translation>Жүктелгенін ашу</translation>
    </message>
    <message>
        <source>Remove download</source>
        <translation>Жүктелгенін жою</translation>
    </message>
    <message>
        <source>Downloading {name}</source>
        <translation>{name} жүктелуде</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>download of {name}</source>
        <translation>{name} жүктеу</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{total} ішінен {done}</translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <source>Enclosure list</source>
        <translation>Тіркемелер тізімі</translation>
    </message>
    <message numerus="yes">
        <source>%n enclosure(s)</source>
        <translation>
            <numerusform>%n тіркеме</numerusform>
            <numerusform>%n тіркеме</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>{name} жүктелуде…</translation>
    </message>
    <message>
        <source>Removed the download of {name}</source>
        <translation>{name} жүктелгені жойылды</translation>
    </message>
    <message>
        <source>Downloaded {name} ({size}): it opens offline</source>
        <translation>{name} жүктелді ({size}): желісіз ашылады</translation>
    </message>
    <message>
        <source>Download of {name} cancelled</source>
        <translation>{name} жүктеу тоқтатылды</translation>
    </message>
    <message>
        <source>Not downloaded: {error}</source>
        <translation>Жүктелмеді: {error}</translation>
    </message>
    <message>
        <source>Download of {name} failed: {error}</source>
        <translation>{name} жүктелмеді: {error}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Read-only: Caravan cannot save changes in {folder}</source>
        <translation>Тек оқу үшін: Caravan {folder} ішінде өзгерістерді сақтай алмайды</translation>
    </message>
    <message>
        <source>Caravan was started offline (--offline)</source>
        <translation>Caravan желісіз іске қосылған (--offline)</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Feeds and articles</source>
        <translation>Арналар мен мақалалар</translation>
    </message>
    <message>
        <source>Resize the feed list</source>
        <translation>Арналар тізімінің енін өзгерту</translation>
    </message>
    <message>
        <source>Articles and reader</source>
        <translation>Мақалалар мен оқу терезесі</translation>
    </message>
    <message>
        <source>Resize the article list and the reader</source>
        <translation>Мақалалар тізімі мен оқу терезесінің өлшемін өзгерту</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Іздеуді тазарту</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ба&amp;птаулар…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Шы&amp;ғу</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Мақала</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <source>&amp;About Caravan</source>
        <translation>Caravan &amp;туралы</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <source>About Caravan</source>
        <translation>Caravan туралы</translation>
    </message>
    <message>
        <source>Currency-rate ticker and offline news reader.</source>
        <translation>Валюта бағамдарының жүгірме жолы және желісіз жаңалықтар оқу құралы.</translation>
    </message>
    <message>
        <source>Rates: {source}.</source>
        <translation>Бағамдар: {source}.</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Баптаулар сақталды</translation>
    </message>
    <message numerus="yes">
        <source>Caravan — %Ln unread</source>
        <translation>
            <numerusform>Caravan — %Ln оқылмаған</numerusform>
            <numerusform>Caravan — %Ln оқылмаған</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <source>Mark all as &amp;read</source>
        <translation>Барлығын &amp;оқылды деп белгілеу</translation>
    </message>
    <message>
        <source>&amp;Undo marking read</source>
        <translation>&amp;Оқылды белгісін болдырмау</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Барлығын оқылды деп белгілеу</translation>
    </message>
    <message>
        <source>No unread articles here</source>
        <translation>Мұнда оқылмаған мақала жоқ</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln articles as read?</source>
        <translation>
            <numerusform>%Ln мақаланы оқылды деп белгілеу керек пе?</numerusform>
            <numerusform>%Ln мақаланы оқылды деп белгілеу керек пе?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The status bar offers to undo it for %n seconds.</source>
        <translation>
            <numerusform>Күй жолағы мұны %n секунд ішінде болдырмауды ұсынады.</numerusform>
            <numerusform>Күй жолағы мұны %n секунд ішінде болдырмауды ұсынады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Оқылды деп белгілеу</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Енді сұрамау</translation>
    </message>
    <message>
        <source>Not asking again until Caravan restarts: the setting was not saved ({error})</source>
        <translation>Caravan қайта іске қосылғанша сұрамайды: баптау сақталмады ({error})</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln article(s) read</source>
        <translation>
            <numerusform>%Ln мақала оқылды деп белгіленді</numerusform>
            <numerusform>%Ln мақала оқылды деп белгіленді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo marking %Ln article(s) read</source>
        <translation>
            <numerusform>%Ln мақаланың оқылды белгісін болдырмау</numerusform>
            <numerusform>%Ln мақаланың оқылды белгісін болдырмау</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) unread again</source>
        <translation>
            <numerusform>%Ln мақала қайтадан оқылмаған</numerusform>
            <numerusform>%Ln мақала қайтадан оқылмаған</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>connection refused</source>
        <translation>қосылудан бас тартылды</translation>
    </message>
    <message>
        <source>name or service not known</source>
        <translation>атау немесе қызмет белгісіз</translation>
    </message>
    <message>
        <source>network is unreachable</source>
        <translation>желі қолжетімсіз</translation>
    </message>
    <message>
        <source>no route to host</source>
        <translation>торапқа бағыт жоқ</translation>
    </message>
    <message>
        <source>temporary failure in name resolution</source>
        <translation>атауды анықтаудағы уақытша ақау</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>қосылу сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>{address} is not a feed ({reason})</source>
        <translation>{address} арна емес ({reason})</translation>
    </message>
    <message>
        <source>{address} is not a feed</source>
        <translation>{address} арна емес</translation>
    </message>
    <message>
        <source>{address} is a web page, not a feed; it links to {links}</source>
        <translation>{address} — арна емес, веб-бет; ол мына арналарға сілтеме береді: {links}</translation>
    </message>
    <message>
        <source>{address} is a web page, not a feed</source>
        <translation>{address} — арна емес, веб-бет</translation>
    </message>
    <message>
        <source>bad request</source>
        <translation>қате сұрау</translation>
    </message>
    <message>
        <source>authorisation required</source>
        <translation>авторизация қажет</translation>
    </message>
    <message>
        <source>access forbidden</source>
        <translation>кіруге тыйым салынған</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>табылмады</translation>
    </message>
    <message>
        <source>gone for good</source>
        <translation>біржола жойылған</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>сұраулар тым көп</translation>
    </message>
    <message>
        <source>internal server error</source>
        <translation>сервердің ішкі қатесі</translation>
    </message>
    <message>
        <source>bad gateway</source>
        <translation>шлюз қатесі</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <translation>қызмет қолжетімсіз</translation>
    </message>
    <message>
        <source>gateway timeout</source>
        <translation>шлюз жауап күтпеді</translation>
    </message>
    <message>
        <source>The server answered HTTP {status} for {address}</source>
        <translation>Сервер {address} сұрауына HTTP {status} деп жауап берді</translation>
    </message>
    <message>
        <source>The server answered HTTP {status} ({meaning}) for {address}</source>
        <translation>Сервер {address} сұрауына HTTP {status} ({meaning}) деп жауап берді</translation>
    </message>
    <message>
        <source>Refused {address}: only http and https are fetched</source>
        <translation>{address} қабылданбады: тек http және https жүктеледі</translation>
    </message>
    <message>
        <source>Refused a redirect to {address}</source>
        <translation>{address} мекенжайына бағыттау қабылданбады</translation>
    </message>
    <message>
        <source>Refused {host}: its TLS certificate does not verify ({reason})</source>
        <translation>{host} қабылданбады: оның TLS сертификаты тексеруден өтпеді ({reason})</translation>
    </message>
    <message>
        <source>The connection to {host} timed out</source>
        <translation>{host} торабымен қосылу күту уақыты өтті</translation>
    </message>
    <message>
        <source>Cannot connect to {host}: {reason}</source>
        <translation>{host} торабына қосылу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>{host} stopped answering (read time-out)</source>
        <translation>{host} жауап беруді тоқтатты (оқу уақыты өтті)</translation>
    </message>
    <message>
        <source>More than {count} redirects from {address}</source>
        <translation>{address} мекенжайынан {count} реттен көп бағыттау</translation>
    </message>
    <message>
        <source>Refused a redirect from {address} to a non-web address</source>
        <translation>{address} мекенжайынан веб емес мекенжайға бағыттау қабылданбады</translation>
    </message>
    <message>
        <source>The download of {address} failed: {reason}</source>
        <translation>{address} жүктелмеді: {reason}</translation>
    </message>
    <message>
        <source>{address} is {size} bytes, over the limit</source>
        <translation>{address} көлемі {size} байт — шектен асады</translation>
    </message>
    <message>
        <source>{address} is larger than {size} bytes; the download was cut</source>
        <translation>{address} {size} байттан үлкен; жүктеу үзілді</translation>
    </message>
    <message>
        <source>{address} took longer than {seconds} s; the download was cut</source>
        <translation>{address} жүктелуі {seconds} с-тан ұзаққа созылды; жүктеу үзілді</translation>
    </message>
    <message>
        <source>{address}: the feed could not be parsed ({reason})</source>
        <translation>{address}: арнаны талдау мүмкін болмады ({reason})</translation>
    </message>
    <message>
        <source>{address}: a JSON feed must be UTF-8 ({reason})</source>
        <translation>{address}: JSON арна UTF-8 болуы керек ({reason})</translation>
    </message>
    <message>
        <source>{address}: broken JSON feed ({reason}, character {position})</source>
        <translation>{address}: бүлінген JSON арна ({reason}, {position}-таңба)</translation>
    </message>
    <message>
        <source>{address} is JSON but not a feed</source>
        <translation>{address} — JSON, бірақ арна емес</translation>
    </message>
    <message>
        <source>The JSON feed has no list of items</source>
        <translation>JSON арнада жазбалар тізімі жоқ</translation>
    </message>
    <message>
        <source>The RSS-in-JSON document has no channel</source>
        <translation>RSS-in-JSON құжатында арна (channel) жоқ</translation>
    </message>
    <message>
        <source>the file is larger than {size} MB</source>
        <translation>файл {size} МБ-тан үлкен</translation>
    </message>
    <message>
        <source>the file declares a document type or entities, which are refused</source>
        <translation>файлда құжат түрі немесе нысандар жарияланған, ондай файлдар қабылданбайды</translation>
    </message>
    <message>
        <source>the file is not well-formed XML ({reason})</source>
        <translation>файл — жарамсыз XML ({reason})</translation>
    </message>
    <message>
        <source>the file is not OPML (no &lt;opml&gt;&lt;body&gt;)</source>
        <translation>файл OPML емес (&lt;opml&gt;&lt;body&gt; жоқ)</translation>
    </message>
    <message>
        <source>{name}: not an http or https address ({address})</source>
        <translation>{name}: http немесе https мекенжайы емес ({address})</translation>
    </message>
    <message>
        <source>{host} refused the user name or the password</source>
        <translation>{host} пайдаланушы атын немесе құпиясөзді қабылдамады</translation>
    </message>
    <message>
        <source>{host} answered the login without a session (no Auth= line): is this the address of a Google Reader API?</source>
        <translation>{host} кіруге сеанссыз жауап берді (Auth= жолы жоқ): бұл шынымен Google Reader API мекенжайы ма?</translation>
    </message>
    <message>
        <source>The server failed (HTTP {status}) and the sync stopped; what was not sent stays queued for the next sync</source>
        <translation>Серверде ақау (HTTP {status}), синхрондау тоқтады; жіберілмегені келесі синхрондауды кезекте күтеді</translation>
    </message>
    <message>
        <source>No sync account is set up (caravan account add)</source>
        <translation>Синхрондау тіркелгісі бапталмаған (caravan account add)</translation>
    </message>
    <message>
        <source>Sync cancelled; what was stored so far is kept</source>
        <translation>Синхрондау тоқтатылды; осы уақытқа дейін сақталғаны қалады</translation>
    </message>
    <message>
        <source>The user name and the password are both needed</source>
        <translation>Пайдаланушы аты да, құпиясөз де қажет</translation>
    </message>
    <message>
        <source>No keyring was found on this system (Secret Service, KWallet, the Windows Credential Locker or the macOS Keychain): the password cannot be kept</source>
        <translation>Бұл жүйеде кілттер қоймасы табылмады (Secret Service, KWallet, Windows тіркелгі деректері реттеушісі немесе macOS Keychain): құпиясөзді сақтау мүмкін емес</translation>
    </message>
    <message>
        <source>The keyring refused the password: {reason}</source>
        <translation>Кілттер қоймасы құпиясөзді қабылдамады: {reason}</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>белгісіз кілт</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>мыналардың бірі болуы керек: {choices}</translation>
    </message>
    <message>
        <source>unknown provider {provider} (known: {known})</source>
        <translation>белгісіз дереккөз {provider} (белгілілері: {known})</translation>
    </message>
    <message>
        <source>must be a table like {table}</source>
        <translation>{table} түріндегі кесте болуы керек</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>жол болуы керек</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>must be between {minimum} and {maximum}</source>
        <translation>{minimum} мен {maximum} аралығында болуы керек</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true немесе false болуы керек</translation>
    </message>
    <message>
        <source>must be an http or https URL</source>
        <translation>http немесе https мекенжайы болуы керек</translation>
    </message>
    <message>
        <source>must be a table of provider = url</source>
        <translation>дереккөз = url түріндегі кесте болуы керек</translation>
    </message>
    <message>
        <source>unknown provider</source>
        <translation>белгісіз дереккөз</translation>
    </message>
    <message>
        <source>must be a list of currency codes</source>
        <translation>валюта кодтарының тізімі болуы керек</translation>
    </message>
    <message>
        <source>must be a list of [[feeds]] tables</source>
        <translation>[[feeds]] кестелерінің тізімі болуы керек</translation>
    </message>
    <message>
        <source>must be a table with a url</source>
        <translation>url бар кесте болуы керек</translation>
    </message>
    <message>
        <source>{value} is not a three-letter currency code</source>
        <translation>{value} үш әріпті валюта коды емес</translation>
    </message>
    <message>
        <source>{value} is not a pair like &apos;USD/UZS&apos;</source>
        <translation>{value} &apos;USD/UZS&apos; түріндегі жұп емес</translation>
    </message>
    <message>
        <source>missing, the feed is ignored</source>
        <translation>көрсетілмеген, арна еленбеді</translation>
    </message>
    <message>
        <source>; ignored</source>
        <translation>; еленбеді</translation>
    </message>
    <message>
        <source>; using {value}</source>
        <translation>; {value} қолданылады</translation>
    </message>
    <message>
        <source>{file}: cannot read the configuration ({reason}); using defaults until it is corrected, and changing none of your subscriptions</source>
        <translation>{file}: баптауларды оқу мүмкін емес ({reason}); файл түзетілгенше әдепкі мәндер қолданылады, жазылымдар өзгертілмейді</translation>
    </message>
    <message>
        <source>; it could not be copied aside ({reason})</source>
        <translation>; оның көшірмесін сақтау мүмкін болмады ({reason})</translation>
    </message>
    <message>
        <source>; a copy of it is kept at {file}</source>
        <translation>; оның көшірмесі {file} файлында сақталды</translation>
    </message>
    <message>
        <source>Cannot open the database {file}: {reason}</source>
        <translation>{file} дерекқоры ашылмады: {reason}</translation>
    </message>
    <message>
        <source>Could not write to the database {file}: {reason}</source>
        <translation>{file} дерекқорына жазу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {reason}</source>
        <translation>{folder} деректер бумасы жасалмады: {reason}</translation>
    </message>
    <message>
        <source>{file} was written by a newer Caravan (schema {version}, this one knows {known}); update Caravan or choose another --data-dir</source>
        <translation>{file} файлын Caravan-ның жаңа нұсқасы жазған (схема {version}, бұл нұсқа {known} дейін біледі); Caravan-ды жаңартыңыз немесе басқа --data-dir таңдаңыз</translation>
    </message>
    <message>
        <source>The database {file} is damaged and could not be rebuilt ({reason}); it was left as it is</source>
        <translation>{file} дерекқоры зақымдалған және оны қайта құру мүмкін болмады ({reason}); ол сол күйінде қалдырылды</translation>
    </message>
    <message>
        <source>{file} is closed: nothing more can be saved</source>
        <translation>{file} жабық: бұдан былай ештеңе сақталмайды</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>{file} жазылмады: {reason}</translation>
    </message>
    <message>
        <source>Cannot remove {file}: {reason}</source>
        <translation>{file} өшірілмеді: {reason}</translation>
    </message>
    <message>
        <source>Cannot change {file}: {reason}</source>
        <translation>{file} өзгертілмеді: {reason}</translation>
    </message>
    <message>
        <source>The applications menu entry is for Linux and the other XDG desktops; on Windows and macOS, start Caravan from its bundle</source>
        <translation>Қолданбалар мәзіріндегі жазба тек Linux және басқа XDG жұмыс үстелдеріне арналған; Windows пен macOS-та Caravan-ды оның бумасынан іске қосыңыз</translation>
    </message>
    <message>
        <source>{file} is not valid TOML ({reason}), so the settings were not saved and the file was left as it is. Correct it in a text editor, or remove it to start from the defaults.</source>
        <translation>{file} — жарамсыз TOML ({reason}), сондықтан баптаулар сақталмады, файл сол күйінде қалдырылды. Оны мәтін өңдегішінде түзетіңіз немесе әдепкі баптаулардан бастау үшін жойыңыз.</translation>
    </message>
    <message>
        <source>{file}: {name} is not a table like [{name}], so {key} cannot be saved; correct the file in a text editor</source>
        <translation>{file}: {name} — [{name}] түріндегі кесте емес, сондықтан {key} сақталмайды; файлды мәтін өңдегішінде түзетіңіз</translation>
    </message>
    <message>
        <source>Cannot save {file}: {reason}; the file was left as it was</source>
        <translation>{file} сақталмады: {reason}; файл бұрынғы күйінде қалды</translation>
    </message>
    <message>
        <source>Cannot save {file}: {reason}</source>
        <translation>{file} сақталмады: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>{file} оқылмады: {reason}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Бума</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Жарлық</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Жетек</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Барлығын таңдау</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Бір қадам ж&amp;оғары</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Бір қадам тө&amp;мен</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>Қалқымалы</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Бекітілген виджетті ажыратады және қайта тіркейді</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Бекітілген виджетті жабады</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Қайда қ&amp;арау:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Файл &amp;аты:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Файлдар &amp;түрі:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Бума:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>А&amp;шу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>Таң&amp;дау</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Ата-ана бумасы</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Жаңа бума жасау</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Тізім көрінісі</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Толық көрініс</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Артқа өту</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Алға өту</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ата-ана бумасына өту</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Жаңа бума жасау</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Тізім көрінісі режиміне ауысу</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Толық көрініс режиміне ауысу</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Бүйірлік панель</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Орындар мен бетбелгілер тізімі</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Бумалар</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Атын өзге&amp;рту</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ө&amp;шіру</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Жасырын файлдарды көрсету</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Жаңа &amp;бума</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Жаңа бума</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Көрсету </translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 бар болып тұр.
Оны алмастыру керек пе?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>«%1» өшіру керек пе?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» жазудан қорғалған.
Сонда да оны өшіру керек пе?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Буманы өшіру мүмкін емес.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Бума табылмады.
Берілген бума атының дұрыс екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл табылмады.
Берілген файл атының дұрыс екенін тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Өзгертілген күні</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Жарамсыз файл аты</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;«%1» атауын қолдануға болмайды.&lt;/b&gt;&lt;p&gt;Басқа, қысқарақ немесе тыныс белгілерсіз атау таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Қа&amp;йталау</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Қ&amp;иып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Кіріс&amp;тіру</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Толық ақпаратты көрсету...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Толық ақпаратты жасыру...</translation>
    </message>
</context>
<context>
    <name>QMimeType</name>
    <message>
        <source>OPML syndication feed</source>
        <translation>OPML жаңалықтар таспасы</translation>
    </message>
    <message>
        <source>XML document</source>
        <translation>XML құжаты</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Барлығын сақтау</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Б&amp;арлығына иә</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Барлығына ж&amp;оқ</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Үзу</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Көмек</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Іске асыру</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Бастапқы күйге келтіру</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Бастапқы күйді қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>Бос орын</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Қа&amp;йталау</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Қиып а&amp;лу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Сілтеме о&amp;рналасуын көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Кіріс&amp;тіру</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <source>No stored history yet</source>
        <translation>Бағам тарихы әлі сақталмаған</translation>
    </message>
    <message>
        <source>one day stored</source>
        <translation>бір күн сақталған</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 жыл</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the last {range}: the newest stored day is {day}</source>
        <translation>Соңғы {range} ішінде ештеңе жоқ: сақталған ең жаңа күн — {day}</translation>
    </message>
    <message>
        <source>{message}: {value} on {day}</source>
        <translation>{message}: {day} күнгі {value}</translation>
    </message>
    <message>
        <source>{range}, from {first} to {last}</source>
        <translation>{range}, {first} мәнінен {last} мәніне дейін</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days from {first} to {last}</source>
        <translation>
            <numerusform>%Ln күн, {first} – {last}</numerusform>
            <numerusform>%Ln күн, {first} – {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>, nothing stored since (the range ends {day})</source>
        <translation>, одан кейін ештеңе сақталмаған (аралық {day} аяқталады)</translation>
    </message>
    <message>
        <source>; lowest {lowest} on {lowest_day}, highest {highest} on {highest_day}. Left and Right read one day at a time.</source>
        <translation>; ең төменгісі {lowest_day} күні {lowest}, ең жоғарысы {highest_day} күні {highest}. Сол және оң жебелер бір күннен оқиды.</translation>
    </message>
    <message>
        <source>Show every stored day</source>
        <translation>Сақталған барлық күнді көрсету</translation>
    </message>
    <message>
        <source>Show the last {range}</source>
        <translation>Соңғы {range} көрсету</translation>
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
    <name>RateSource</name>
    <message>
        <source>National Bank of Kazakhstan</source>
        <translation>Қазақстан Ұлттық Банкі</translation>
    </message>
    <message>
        <source>National Bank of the Kyrgyz Republic</source>
        <translation>Қырғыз Республикасының Ұлттық банкі</translation>
    </message>
    <message>
        <source>Central Bank of the Republic of Uzbekistan</source>
        <translation>Өзбекстан Орталық банкі</translation>
    </message>
    <message>
        <source>Bank of Russia</source>
        <translation>Ресей Банкі</translation>
    </message>
    <message>
        <source>National Bank of Tajikistan</source>
        <translation>Тәжікстан Ұлттық банкі</translation>
    </message>
    <message>
        <source>Central Bank of Turkmenistan</source>
        <translation>Түрікменстан Орталық банкі</translation>
    </message>
    <message>
        <source>European Central Bank</source>
        <translation>Еуропалық орталық банк</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>күн сайын</translation>
    </message>
    <message>
        <source>on working days</source>
        <translation>жұмыс күндері</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Article contents</source>
        <translation>Мақала мәтіні</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Select an article to read it.</source>
        <translation>Оқу үшін мақаланы таңдаңыз.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Мақала</translation>
    </message>
    <message>
        <source>Refused to open {address}: not a web link</source>
        <translation>{address} ашылмады: бұл веб-сілтеме емес</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Any time</source>
        <translation>Барлық уақыт</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Since yesterday</source>
        <translation>Кешеден бері</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Соңғы 7 күн</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Соңғы 30 күн</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Мақалаларды іздеу</translation>
    </message>
    <message>
        <source>Search titles and text  (/)</source>
        <translation>Мақалалардан іздеу  (/)</translation>
    </message>
    <message>
        <source>Date filter: published</source>
        <translation>Күн сүзгісі: жарияланған</translation>
    </message>
    <message>
        <source>Show articles published in this period</source>
        <translation>Осы кезеңде жарияланған мақалаларды көрсету</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Жарияланған:</translation>
    </message>
    <message>
        <source>&amp;Next article</source>
        <translation>&amp;Келесі мақала</translation>
    </message>
    <message>
        <source>&amp;Previous article</source>
        <translation>&amp;Алдыңғы мақала</translation>
    </message>
    <message>
        <source>Next &amp;unread article</source>
        <translation>Келесі &amp;оқылмаған мақала</translation>
    </message>
    <message>
        <source>Page down, then next unread</source>
        <translation>Бет төмен, сосын келесі оқылмаған</translation>
    </message>
    <message>
        <source>Toggle &amp;read</source>
        <translation>Оқылды бел&amp;гісін ауыстыру</translation>
    </message>
    <message>
        <source>Toggle &amp;star</source>
        <translation>Таңдау&amp;лыларға қосу немесе алу</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Браузерде ашу</translation>
    </message>
    <message>
        <source>Play or open &amp;enclosure</source>
        <translation>Тіркемені ой&amp;нату немесе ашу</translation>
    </message>
    <message>
        <source>&amp;Fetch full text</source>
        <translation>Толық &amp;мәтінді жүктеу</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Мәтін ү&amp;лкенірек</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Мәтін &amp;кішірек</translation>
    </message>
    <message numerus="yes">
        <source>Showing 1–{loaded} of %Ln articles found</source>
        <translation>
            <numerusform>Табылған %Ln мақаланың 1–{loaded} көрсетілген</numerusform>
            <numerusform>Табылған %Ln мақаланың 1–{loaded} көрсетілген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing 1–{loaded} of %Ln articles</source>
        <translation>
            <numerusform>%Ln мақаланың 1–{loaded} көрсетілген</numerusform>
            <numerusform>%Ln мақаланың 1–{loaded} көрсетілген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) found</source>
        <translation>
            <numerusform>%Ln мақала табылды</numerusform>
            <numerusform>%Ln мақала табылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln мақала</numerusform>
            <numerusform>%Ln мақала</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to search for: type a word</source>
        <translation>Іздейтін ештеңе жоқ: сөз енгізіңіз</translation>
    </message>
    <message>
        <source>No article matches the search</source>
        <translation>Іздеуге сай мақала жоқ</translation>
    </message>
    <message>
        <source>No articles from this feed</source>
        <translation>Бұл арнадан мақала жоқ</translation>
    </message>
    <message>
        <source>Not checked yet — it is fetched with the first refresh online</source>
        <translation>Әлі тексерілмеген — желідегі алғашқы жаңартуда жүктеледі</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Әлі тексерілмеген</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Мұнда ештеңе жоқ</translation>
    </message>
    <message>
        <source>No feeds yet</source>
        <translation>Әзірге арна жоқ</translation>
    </message>
    <message>
        <source>No articles stored yet — they arrive with the first refresh online</source>
        <translation>Сақталған мақала әзірге жоқ — желідегі алғашқы жаңартуда келеді</translation>
    </message>
    <message>
        <source>No articles yet — refreshing feeds…</source>
        <translation>Мақала әзірге жоқ — арналар жаңартылуда…</translation>
    </message>
    <message>
        <source>Add a feed by its address or a site&apos;s, or import the subscriptions exported from another feed reader (OPML).</source>
        <translation>Арнаны өз мекенжайы немесе сайт мекенжайы бойынша қосыңыз, не болмаса басқа оқу бағдарламасынан экспортталған жазылымдарды импорттаңыз (OPML).</translation>
    </message>
    <message>
        <source>Add a feed…</source>
        <translation>Арна қосу…</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>OPML импорттау…</translation>
    </message>
    <message>
        <source> (since {when})</source>
        <translation> ({when} бастап)</translation>
    </message>
    <message>
        <source>This feed could not be fetched</source>
        <translation>Бұл арна жүктелмеді</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Edit address…</source>
        <translation>Мекенжайды өзгерту…</translation>
    </message>
    <message>
        <source>Fetching the full text…</source>
        <translation>Толық мәтін жүктелуде…</translation>
    </message>
    <message>
        <source>Full text fetched</source>
        <translation>Толық мәтін жүктелді</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>себебі белгісіз</translation>
    </message>
    <message>
        <source>No full text: {reason}</source>
        <translation>Толық мәтін жоқ: {reason}</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Оқылмаған деп белгілеу</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Оқылды деп белгілеу</translation>
    </message>
    <message>
        <source>Remove star</source>
        <translation>Таңдаулылардан алу</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Таңдаулыларға</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Браузерде ашу</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Сілтемені көшіру</translation>
    </message>
    <message>
        <source>Open enclosure</source>
        <translation>Тіркемені ашу</translation>
    </message>
    <message>
        <source>This article has no enclosure</source>
        <translation>Бұл мақалада тіркеме жоқ</translation>
    </message>
    <message>
        <source>No unread article below</source>
        <translation>Төменде оқылмаған мақала жоқ</translation>
    </message>
</context>
<context>
    <name>RecoveryReport</name>
    <message>
        <source>Caravan&apos;s database was damaged; Caravan rebuilt it.</source>
        <translation>Caravan дерекқоры зақымдалған еді; Caravan оны қалпына келтірді.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln жазылым</numerusform>
            <numerusform>%Ln жазылым</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln мақала</numerusform>
            <numerusform>%Ln мақала</numerusform>
        </translation>
    </message>
    <message>
        <source>({marked} of them read or starred, marks kept)</source>
        <translation>(оның {marked} оқылған не таңдаулы, белгілері сақталды)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rate(s)</source>
        <translation>
            <numerusform>%Ln бағам</numerusform>
            <numerusform>%Ln бағам</numerusform>
        </translation>
    </message>
    <message>
        <source>Read from the damaged file: {what}.</source>
        <translation>Зақымдалған файлдан оқылды: {what}.</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file.</source>
        <translation>Зақымдалған файлдан ештеңе оқылмады.</translation>
    </message>
    <message>
        <source>Taken from the backup of {taken}: {what} the damaged file no longer held.</source>
        <translation>{taken} сақтық көшірмесінен алынды: зақымдалған файлда жоқ {what}.</translation>
    </message>
    <message>
        <source>The backup of {taken} was not needed.</source>
        <translation>{taken} сақтық көшірмесі қажет болмады.</translation>
    </message>
    <message>
        <source>There was no backup to fill in what the damage took.</source>
        <translation>Жоғалғанның орнын толтыратын сақтық көшірме болмады.</translation>
    </message>
    <message>
        <source>{pages} of the file&apos;s {total} pages</source>
        <translation>файлдың {total} бетінің {pages}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) whose feed was lost</source>
        <translation>
            <numerusform>арнасы жоғалған %Ln мақала</numerusform>
            <numerusform>арнасы жоғалған %Ln мақала</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be read: {lost}. Articles still in their feeds come back at the next refresh.</source>
        <translation>Оқылмады: {lost}. Арналарында әлі бар мақалалар келесі жаңартуда қайтады.</translation>
    </message>
    <message>
        <source>Every page of the damaged file could be read.</source>
        <translation>Зақымдалған файлдың барлық беті оқылды.</translation>
    </message>
    <message>
        <source>The damaged file is kept as {path}.</source>
        <translation>Зақымдалған файл {path} ретінде сақталды.</translation>
    </message>
    <message>
        <source>The damage: {reason}</source>
        <translation>Зақым: {reason}</translation>
    </message>
    <message>
        <source>{reason}. Caravan cannot repair it here: {why}. Copy the folder somewhere Caravan can write and open the copy with --data-dir to repair it.</source>
        <translation>{reason}. Caravan оны мұнда қалпына келтіре алмайды: {why}. Буманы Caravan жаза алатын жерге көшіріп, қалпына келтіру үшін көшірмені --data-dir арқылы ашыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Caravan did not close its database last time, and the end of its write-ahead log ({file}) was damaged: the last %n change(s) saved before that could not be read and are lost. Everything saved before them is intact.</source>
        <translation>
            <numerusform>Өткен жолы Caravan дерекқорын жаппады, және оның алдын ала жазу журналының соңы ({file}) зақымдалды: соңғы сақталған %n өзгеріс оқылмады және жоғалды. Олардан бұрын сақталғанның бәрі аман.</numerusform>
            <numerusform>Өткен жолы Caravan дерекқорын жаппады, және оның алдын ала жазу журналының соңы ({file}) зақымдалды: соңғы сақталған %n өзгеріс оқылмады және жоғалды. Олардан бұрын сақталғанның бәрі аман.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshSummary</name>
    <message numerus="yes">
        <source>{ok}/%Ln feeds ok</source>
        <translation>
            <numerusform>%Ln арнаның {ok} жақсы</numerusform>
            <numerusform>%Ln арнаның {ok} жақсы</numerusform>
        </translation>
    </message>
    <message>
        <source>rates {day}</source>
        <translation>{day} бағамдары</translation>
    </message>
</context>
<context>
    <name>RelativeDate</name>
    <message>
        <source>just now</source>
        <translation>жаңа ғана</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n мин бұрын</numerusform>
            <numerusform>%n мин бұрын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n сағ бұрын</numerusform>
            <numerusform>%n сағ бұрын</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday, {time}</source>
        <translation>кеше, {time}</translation>
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
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Қараңғы</translation>
    </message>
    <message>
        <source>Settings — Caravan</source>
        <translation>Баптаулар — Caravan</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Арналар</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Бағамдар</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Желісіз</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Көрініс</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Жұмыс үстелі</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <source>Saved in {file}; what you wrote there stays.</source>
        <translation>{file} ішіне сақталады; сіз жазғандар сол күйі қалады.</translation>
    </message>
    <message>
        <source>Subscriptions are managed in the main window: File › Add feed…, and a right-click on a feed in the sidebar to rename, move or remove it.</source>
        <translation>Жазылымдар негізгі терезеде басқарылады: Файл › Арна қосу…, ал бүйірлік тақтадағы арнаны тінтуірдің оң жақ батырмасымен басып, атын өзгертуге, жылжытуға немесе жоюға болады.</translation>
    </message>
    <message numerus="yes">
        <source>The configuration file lists %n feed(s) in [[feeds]] tables.</source>
        <translation>
            <numerusform>Баптау файлында [[feeds]] кестелерінде %n арна бар.</numerusform>
            <numerusform>Баптау файлында [[feeds]] кестелерінде %n арна бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is added to your subscriptions once, when Caravan starts; a feed you remove does not come back. Edit the file itself to change this list.</source>
        <translation>Әрқайсысы Caravan іске қосылғанда жазылымдарға бір рет қосылады; жойылған арна қайтпайды. Бұл тізімді өзгерту үшін файлдың өзін түзетіңіз.</translation>
    </message>
    <message>
        <source>Feeds in the configuration file</source>
        <translation>Баптау файлындағы арналар</translation>
    </message>
    <message>
        <source>Check feeds every:</source>
        <translation>Арналарды тексеру аралығы:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>A feed that asks for a longer wait (its ttl) gets it.</source>
        <translation>Ұзағырақ күтуді сұрайтын арна (оның ttl) соны алады.</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Хабарландырулар:</translation>
    </message>
    <message>
        <source>Tell me when new articles arrive</source>
        <translation>Жаңа мақалалар келгенде хабарлау</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Дереккөз:</translation>
    </message>
    <message>
        <source>the source&apos;s own address</source>
        <translation>дереккөздің өз мекенжайы</translation>
    </message>
    <message>
        <source>Address override:</source>
        <translation>Басқа мекенжай:</translation>
    </message>
    <message>
        <source>A mirror, or a local server; when empty, the source&apos;s own.</source>
        <translation>Айна немесе жергілікті сервер; бос болса — дереккөздің өзінікі.</translation>
    </message>
    <message>
        <source>none (set them under [rates.urls] in the file)</source>
        <translation>жоқ (файлдағы [rates.urls] бөлімінде беріледі)</translation>
    </message>
    <message>
        <source>Per-source addresses:</source>
        <translation>Дереккөз мекенжайлары:</translation>
    </message>
    <message>
        <source>Base currency:</source>
        <translation>Негізгі валюта:</translation>
    </message>
    <message>
        <source>Pairs:</source>
        <translation>Жұптар:</translation>
    </message>
    <message>
        <source>Codes separated by commas: “KGS” is KGS against the base currency,
“USD/UZS” is that exact pair.</source>
        <translation>Кодтар үтір арқылы: «KGS» — KGS негізгі валютаға қатысты,
«USD/UZS» — дәл осы жұп.</translation>
    </message>
    <message>
        <source>Update every:</source>
        <translation>Жаңарту аралығы:</translation>
    </message>
    <message>
        <source>Official rates:</source>
        <translation>Ресми бағамдар:</translation>
    </message>
    <message>
        <source>Each Central Asian currency from its central bank</source>
        <translation>Орталық Азияның әр валютасы — өз ұлттық банкінен</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Жылдамдық:</translation>
    </message>
    <message>
        <source> px/s</source>
        <translation> пикс/с</translation>
    </message>
    <message>
        <source>Reduce motion:</source>
        <translation>Қозғалысты азайту:</translation>
    </message>
    <message>
        <source>Still pages that turn, instead of scrolling</source>
        <translation>Айналдырудың орнына қозғалмайтын беттерді ауыстыру</translation>
    </message>
    <message>
        <source>Headlines:</source>
        <translation>Тақырыптар:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>The newest unread headlines, shown between the rates.</source>
        <translation>Бағамдар арасында көрсетілетін ең жаңа оқылмаған тақырыптар.</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Суреттер:</translation>
    </message>
    <message>
        <source>Download the images of new articles</source>
        <translation>Жаңа мақалалардың суреттерін жүктеу</translation>
    </message>
    <message>
        <source>Image cache:</source>
        <translation>Сурет кэші:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>The least recently shown images go first.</source>
        <translation>Ең бұрын көрсетілген суреттер бірінші жойылады.</translation>
    </message>
    <message>
        <source>Full text:</source>
        <translation>Толық мәтін:</translation>
    </message>
    <message>
        <source>Fetch the full text of teaser articles</source>
        <translation>Анонс мақалалардың толық мәтінін жүктеу</translation>
    </message>
    <message>
        <source>For feeds that send only a few lines. A feed&apos;s own setting
(right-click it in the sidebar) wins.</source>
        <translation>Бірнеше жол ғана жіберетін арналар үшін. Арнаның өз баптауы
(бүйірлік тақтада оң жақ батырмамен) басым.</translation>
    </message>
    <message>
        <source>Keep articles for:</source>
        <translation>Мақалаларды сақтау:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Мәңгі</translation>
    </message>
    <message>
        <source>Articles per feed:</source>
        <translation>Бір арнадағы мақала:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Шектеусіз</translation>
    </message>
    <message>
        <source>Starred articles always stay.</source>
        <translation>Таңдаулы мақалалар әрдайым қалады.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Тақырып:</translation>
    </message>
    <message>
        <source>“Follow the system” uses the desktop&apos;s light or dark setting.</source>
        <translation>«Жүйе бойынша» жұмыс үстелінің ашық не қараңғы баптауын алады.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Жаңа тіл келесі іске қосқанда қолданылады.</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>Оқу:</translation>
    </message>
    <message>
        <source>Mark an article read when it is opened</source>
        <translation>Ашылған мақаланы оқылды деп белгілеу</translation>
    </message>
    <message>
        <source>Ask before marking:</source>
        <translation>Белгілеу алдында сұрау:</translation>
    </message>
    <message>
        <source> articles</source>
        <translation> мақала</translation>
    </message>
    <message>
        <source>Never ask</source>
        <translation>Сұрамау</translation>
    </message>
    <message>
        <source>“Mark all as read” asks first when it would mark more articles
than this; the status bar offers to undo it either way.</source>
        <translation>«Барлығын оқылды деп белгілеу» мақала бұдан көп болса, алдымен
сұрайды; күй жолағы кез келген жағдайда болдырмауды ұсынады.</translation>
    </message>
    <message>
        <source>Start Caravan when I log in</source>
        <translation>Жүйеге кіргенде Caravan іске қосу</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Кіру:</translation>
    </message>
    <message>
        <source>It opens in the tray, or as the compact ticker
if that is how you left it.</source>
        <translation>Науада немесе, солай қалдырсаңыз,
ықшам жүгірме жол ретінде ашылады.</translation>
    </message>
    <message>
        <source>Applications menu:</source>
        <translation>Қолданбалар мәзірі:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Sync server address</source>
        <translation>Синхрондау серверінің мекенжайы</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пайдаланушы:</translation>
    </message>
    <message>
        <source>Sync user name</source>
        <translation>Синхрондау пайдаланушысының аты</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>Sync password</source>
        <translation>Синхрондау құпиясөзі</translation>
    </message>
    <message>
        <source>A Google Reader API server: Miniflux (its address),
FreshRSS (…/api/greader.php) and others. The password is
kept in the system&apos;s keyring, never in a file.</source>
        <translation>Google Reader API сервері: Miniflux (оның мекенжайы),
FreshRSS (…/api/greader.php) және басқалар. Құпиясөз
жүйенің кілттер қоймасында сақталады, файлда емес.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Sign in to the sync server</source>
        <translation>Синхрондау серверіне кіру</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Sign out of the sync server</source>
        <translation>Синхрондау серверінен шығу</translation>
    </message>
    <message>
        <source>Local feeds: check the folders to move into the account; the others stay local, fetched by Caravan.</source>
        <translation>Жергілікті арналар: тіркелгіге көшетін бумаларды белгілеңіз; қалғандары жергілікті болып қалады, оларды Caravan жүктейді.</translation>
    </message>
    <message>
        <source>Local folders to move into the sync account</source>
        <translation>Синхрондау тіркелгісіне көшірілетін жергілікті бумалар</translation>
    </message>
    <message>
        <source>Move into the account</source>
        <translation>Тіркелгіге көшіру</translation>
    </message>
    <message>
        <source>Move the checked folders into the sync account</source>
        <translation>Белгіленген бумаларды синхрондау тіркелгісіне көшіру</translation>
    </message>
    <message>
        <source>(no folder)</source>
        <translation>(бумасыз)</translation>
    </message>
    <message numerus="yes">
        <source>{folder}: %n feeds</source>
        <translation>
            <numerusform>{folder}: %n арна</numerusform>
            <numerusform>{folder}: %n арна</numerusform>
        </translation>
    </message>
    <message>
        <source>No folder is checked.</source>
        <translation>Бірде-бір бума белгіленбеген.</translation>
    </message>
    <message>
        <source>Not moved: {error}.</source>
        <translation>Көшірілмеді: {error}.</translation>
    </message>
    <message numerus="yes">
        <source>%n feeds move into the account with this sync.</source>
        <translation>
            <numerusform>Осы синхрондауда %n арна тіркелгіге көшеді.</numerusform>
            <numerusform>Осы синхрондауда %n арна тіркелгіге көшеді.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sync account: Caravan fetches every feed itself.</source>
        <translation>Синхрондау тіркелгісі жоқ: Caravan әр арнаны өзі жүктейді.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <source>Signed in as {user} on {server}.</source>
        <translation>{server} серверіне {user} ретінде кірдіңіз.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln feed(s) synced</source>
        <translation>
            <numerusform>%Ln арна синхрондалды</numerusform>
            <numerusform>%Ln арна синхрондалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln өзгеріс жіберуді күтуде</numerusform>
            <numerusform>%Ln өзгеріс жіберуді күтуде</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync: {when}.</source>
        <translation>соңғы синхрондау: {when}.</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Соңғы қате: {error}</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Кіру…</translation>
    </message>
    <message>
        <source>Not signed in: {error}.</source>
        <translation>Кіру сәтсіз: {error}.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Кірдіңіз.</translation>
    </message>
    <message>
        <source>Signed in; {reason}, so it is asked at each start.</source>
        <translation>Кірдіңіз; {reason}, сондықтан құпиясөз әр іске қосқанда сұралады.</translation>
    </message>
    <message>
        <source>Signed out; the feeds stay, fetched by Caravan.</source>
        <translation>Шықтыңыз; арналар қалады, оларды Caravan жүктейді.</translation>
    </message>
    <message>
        <source>Not saved. {error}.</source>
        <translation>Сақталмады. {error}.</translation>
    </message>
    <message>
        <source>Caravan is in the applications menu.</source>
        <translation>Caravan қолданбалар мәзірінде бар.</translation>
    </message>
    <message>
        <source>Caravan is not in the applications menu.</source>
        <translation>Caravan қолданбалар мәзірінде жоқ.</translation>
    </message>
    <message>
        <source>Remove from the menu</source>
        <translation>Мәзірден алу</translation>
    </message>
    <message>
        <source>Add to the menu</source>
        <translation>Мәзірге қосу</translation>
    </message>
    <message>
        <source>Not saved. {problems}</source>
        <translation>Сақталмады. {problems}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Feeds</source>
        <translation>Арналар</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Барлық мақалалар</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Оқылмағандар</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Таңдаулылар</translation>
    </message>
    <message>
        <source>Paused: not fetched</source>
        <translation>Кідіртілген: жүктелмейді</translation>
    </message>
    <message>
        <source>Error ({count}×): {error}</source>
        <translation>Қате ({count}×): {error}</translation>
    </message>
    <message>
        <source>{folder}, empty folder</source>
        <translation>{folder}, бос бума</translation>
    </message>
    <message>
        <source>An empty folder: drag feeds here</source>
        <translation>Бос бума: арналарды осында сүйреңіз</translation>
    </message>
    <message numerus="yes">
        <source>{label}, %Ln unread</source>
        <translation>
            <numerusform>{label}, %Ln оқылмаған</numerusform>
            <numerusform>{label}, %Ln оқылмаған</numerusform>
        </translation>
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
    <name>Sizes</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} ГБ</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Refresh progress</source>
        <translation>Жаңарту барысы</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Қазір &amp;жаңарту</translation>
    </message>
    <message>
        <source>Starting: the first refresh follows in a moment</source>
        <translation>Іске қосылуда: алғашқы жаңарту сәлден соң басталады</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s)</source>
        <translation>
            <numerusform>%Ln жаңа мақала</numerusform>
            <numerusform>%Ln жаңа мақала</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing {done}/%Ln feed(s)</source>
        <translation>
            <numerusform>Жаңартылуда: {done}/%Ln арна</numerusform>
            <numerusform>Жаңартылуда: {done}/%Ln арна</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feed(s) in error</source>
        <translation>
            <numerusform>%Ln арнада қате</numerusform>
            <numerusform>%Ln арнада қате</numerusform>
        </translation>
    </message>
    <message>
        <source> — another refresh follows</source>
        <translation> — одан кейін тағы бір жаңарту</translation>
    </message>
    <message>
        <source>Another refresh follows</source>
        <translation>Одан кейін тағы бір жаңарту</translation>
    </message>
    <message>
        <source>Offline since {time} — refreshing resumes when the network returns</source>
        <translation>{time} бастап желісіз — желі қайтқанда жаңарту жалғасады</translation>
    </message>
    <message>
        <source>Offline at {time} — showing stored articles and rates</source>
        <translation>{time} кезінде желісіз — сақталған мақалалар мен бағамдар көрсетілуде</translation>
    </message>
    <message>
        <source>Updated at {time}: {round}</source>
        <translation>{time} кезінде жаңартылды: {round}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Желісіз</translation>
    </message>
    <message>
        <source>{reason}: showing what is stored</source>
        <translation>{reason}: сақталғаны көрсетілуде</translation>
    </message>
    <message>
        <source>No network: showing what is stored</source>
        <translation>Желі жоқ: сақталғаны көрсетілуде</translation>
    </message>
    <message>
        <source>Offline — showing stored articles and rates</source>
        <translation>Желісіз — сақталған мақалалар мен бағамдар көрсетілуде</translation>
    </message>
    <message numerus="yes">
        <source>{checked} of %Ln feeds checked</source>
        <translation>
            <numerusform>%Ln арнаның {checked} тексерілді</numerusform>
            <numerusform>%Ln арнаның {checked} тексерілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feed(s) checked</source>
        <translation>
            <numerusform>%Ln арна тексерілді</numerusform>
            <numerusform>%Ln арна тексерілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln old removed</source>
        <translation>
            <numerusform>жойылған ескі мақалалар: %Ln</numerusform>
            <numerusform>жойылған ескі мақалалар: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>rates failed</source>
        <translation>бағамдар жүктелмеді</translation>
    </message>
    <message>
        <source>rates of {day}</source>
        <translation>{day} бағамдары</translation>
    </message>
    <message>
        <source>rates unchanged</source>
        <translation>бағамдар өзгермеді</translation>
    </message>
    <message numerus="yes">
        <source>%n rate source(s) failed</source>
        <translation>
            <numerusform>%n бағам дереккөзі жауап бермеді</numerusform>
            <numerusform>%n бағам дереккөзі жауап бермеді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) wait(s) as the server asked (Retry-After)</source>
        <translation>
            <numerusform>%n арна сервер сұрағандай күтеді (Retry-After)</numerusform>
            <numerusform>%n арна сервер сұрағандай күтеді (Retry-After)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing feed(s) wait(s) for the next check</source>
        <translation>
            <numerusform>Қатесі бар %n арна келесі тексеруді күтеді</numerusform>
            <numerusform>Қатесі бар %n арна келесі тексеруді күтеді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln full text(s)</source>
        <translation>
            <numerusform>%Ln толық мәтін</numerusform>
            <numerusform>%Ln толық мәтін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) kept offline</source>
        <translation>
            <numerusform>%Ln сурет желісіз оқуға сақталды</numerusform>
            <numerusform>%Ln сурет желісіз оқуға сақталды</numerusform>
        </translation>
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
    <name>Sync</name>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n жаңа мақала</numerusform>
            <numerusform>%n жаңа мақала</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n өзгеріс жіберілді</numerusform>
            <numerusform>%n өзгеріс жіберілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) taken from the server</source>
        <translation>
            <numerusform>серверден %n белгі алынды</numerusform>
            <numerusform>серверден %n белгі алынды</numerusform>
        </translation>
    </message>
    <message>
        <source>feeds +{added} -{removed}</source>
        <translation>арналар +{added} −{removed}</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>өзгерістерді жіберу</translation>
    </message>
    <message>
        <source>reading read and starred marks</source>
        <translation>оқылды және таңдаулы белгілерін алу</translation>
    </message>
    <message>
        <source>fetching articles</source>
        <translation>мақалаларды жүктеу</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>S&amp;ync with server</source>
        <translation>Сервермен си&amp;нхрондау</translation>
    </message>
    <message>
        <source>No sync account is set up (Settings, Sync)</source>
        <translation>Синхрондау тіркелгісі бапталмаған (Баптаулар, Синхрондау)</translation>
    </message>
    <message>
        <source>Sync paused: no password (none is kept in a keyring)</source>
        <translation>Синхрондау кідіртілді: құпиясөз жоқ (кілттер қоймасында жоқ)</translation>
    </message>
    <message>
        <source>Syncing with the server…</source>
        <translation>Сервермен синхрондау…</translation>
    </message>
    <message>
        <source>Send the changes made here and take the server&apos;s</source>
        <translation>Мұндағы өзгерістерді жіберіп, сервердікін алу</translation>
    </message>
    <message>
        <source>A sync is running; another follows it</source>
        <translation>Синхрондау жүріп жатыр; одан кейін тағы біреуі болады</translation>
    </message>
    <message>
        <source>Sync password</source>
        <translation>Синхрондау құпиясөзі</translation>
    </message>
    <message>
        <source>No keyring keeps the password here.
Password of {user} on {server}:</source>
        <translation>Мұнда құпиясөзді сақтайтын кілттер қоймасы жоқ.
{server} серверіндегі {user} құпиясөзі:</translation>
    </message>
    <message>
        <source>Syncing: {stage} ({done})</source>
        <translation>Синхрондау: {stage} ({done})</translation>
    </message>
    <message>
        <source>Sync failed at {time}: {error}</source>
        <translation>Синхрондау {time} кезінде сәтсіз: {error}</translation>
    </message>
    <message>
        <source>Synced at {time}: {summary}</source>
        <translation>{time} кезінде синхрондалды: {summary}</translation>
    </message>
</context>
<context>
    <name>Ticker</name>
    <message>
        <source>Paused</source>
        <translation>Кідіртілді</translation>
    </message>
    <message>
        <source>P or Ctrl+Shift+P resumes</source>
        <translation>P немесе Ctrl+Shift+P — жалғастыру</translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation>Валюта бағамдары</translation>
    </message>
    <message>
        <source>No rates yet</source>
        <translation>Бағамдар әлі жоқ</translation>
    </message>
</context>
<context>
    <name>TickerAccess</name>
    <message>
        <source>Opens its article</source>
        <translation>Мақаласын ашады</translation>
    </message>
    <message>
        <source>Opens its detail</source>
        <translation>Толығырақ ашады</translation>
    </message>
</context>
<context>
    <name>TickerItems</name>
    <message numerus="yes">
        <source>Valid for {day} (%n days ago)</source>
        <translation>
            <numerusform>{day} күнге жарамды (%n күн бұрын)</numerusform>
            <numerusform>{day} күнге жарамды (%n күн бұрын)</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid for {day}</source>
        <translation>{day} күнге жарамды</translation>
    </message>
    <message>
        <source>Change since the previous day: {change}</source>
        <translation>Алдыңғы күннен бергі өзгеріс: {change}</translation>
    </message>
    <message>
        <source>Change: unknown (no earlier rate stored)</source>
        <translation>Өзгеріс: белгісіз (бұрынғы бағам сақталмаған)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Дереккөз: {source}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Out of date&lt;/b&gt;: the source publishes every day, and no newer rate has been stored</source>
        <translation>&lt;b&gt;Ескірген&lt;/b&gt;: дереккөз бағамды күн сайын жариялайды, ал жаңарағы сақталмаған</translation>
    </message>
    <message>
        <source>&lt;b&gt;Out of date&lt;/b&gt;: the source publishes on working days, and no newer rate has been stored</source>
        <translation>&lt;b&gt;Ескірген&lt;/b&gt;: дереккөз бағамды жұмыс күндері жариялайды, ал жаңарағы сақталмаған</translation>
    </message>
    <message>
        <source>{base} to {quote} {value}</source>
        <translation>{base}: {value} ({quote})</translation>
    </message>
    <message>
        <source>, up {amount} percent</source>
        <translation>, {amount} пайызға өсті</translation>
    </message>
    <message>
        <source>, down {amount} percent</source>
        <translation>, {amount} пайызға төмендеді</translation>
    </message>
    <message>
        <source>, unchanged</source>
        <translation>, өзгеріссіз</translation>
    </message>
    <message>
        <source>, out of date: the rate of {day}</source>
        <translation>, ескірген: {day} бағамы</translation>
    </message>
    <message>
        <source>Click for the detail</source>
        <translation>Толығырақ көру үшін басыңыз</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(атауы жоқ)</translation>
    </message>
    <message>
        <source>Click to read</source>
        <translation>Оқу үшін басыңыз</translation>
    </message>
    <message>
        <source>Headline: {title}, from {feed}</source>
        <translation>Тақырып: {title}, арна: {feed}</translation>
    </message>
</context>
<context>
    <name>TickerMode</name>
    <message>
        <source>Rates</source>
        <translation>Бағамдар</translation>
    </message>
    <message>
        <source>&amp;Pause the ticker</source>
        <translation>Жүгірме жолды &amp;кідірту</translation>
    </message>
    <message>
        <source>&amp;Reduce motion (still pages)</source>
        <translation>Қозғалысты &amp;азайту (қозғалмайтын беттер)</translation>
    </message>
    <message>
        <source>&amp;Compact ticker (reader hidden)</source>
        <translation>&amp;Ықшам жүгірме жол (оқу терезесі жасырын)</translation>
    </message>
    <message>
        <source>Compact ticker at the &amp;bottom edge</source>
        <translation>Ықшам жол &amp;төменгі жиекте</translation>
    </message>
    <message>
        <source>&amp;Show the reader</source>
        <translation>Оқу терезесін &amp;көрсету</translation>
    </message>
    <message>
        <source>&amp;Top edge</source>
        <translation>&amp;Жоғарғы жиек</translation>
    </message>
    <message>
        <source>&amp;Bottom edge</source>
        <translation>&amp;Төменгі жиек</translation>
    </message>
    <message>
        <source>Sc&amp;reen</source>
        <translation>&amp;Экран</translation>
    </message>
    <message>
        <source>Screen of the compact ticker</source>
        <translation>Ықшам жүгірме жолдың экраны</translation>
    </message>
    <message>
        <source>No rates yet</source>
        <translation>Бағамдар әлі жоқ</translation>
    </message>
    <message>
        <source>Show rate &amp;ticker</source>
        <translation>Бағамның жүгірме &amp;жолын көрсету</translation>
    </message>
    <message>
        <source>Rate &amp;details</source>
        <translation>Бағам &amp;мәліметтері</translation>
    </message>
    <message>
        <source>Offline — no rates stored yet</source>
        <translation>Желісіз — бағамдар әлі сақталмаған</translation>
    </message>
    <message>
        <source>Loading rates…</source>
        <translation>Бағамдар жүктелуде…</translation>
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
<context>
    <name>WindowContext</name>
    <message>
        <source>Caravan was started offline (--offline)</source>
        <translation>Caravan желісіз іске қосылды (--offline)</translation>
    </message>
    <message>
        <source>{reason}: feeds and rates are not refreshed</source>
        <translation>{reason}: арналар мен бағамдар жаңартылмайды</translation>
    </message>
    <message>
        <source>{reason}: the article&apos;s page is not fetched</source>
        <translation>{reason}: мақала беті жүктелмейді</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Сақтау мүмкін болмады: {error}</translation>
    </message>
</context>
</TS>
