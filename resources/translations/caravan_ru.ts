<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add feed</source>
        <translation>Добавить ленту</translation>
    </message>
    <message>
        <source>https://example.com/feed.xml or the site&apos;s address</source>
        <translation>https://example.com/feed.xml или адрес сайта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>The feed&apos;s own title</source>
        <translation>Название, которое даёт сама лента</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>None, or type a new folder</source>
        <translation>Без папки или введите новую</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Feeds found</source>
        <translation>Найденные ленты</translation>
    </message>
    <message>
        <source>Subscribe without checking the address</source>
        <translation>Подписаться без проверки адреса</translation>
    </message>
    <message>
        <source>Subscribe without checking</source>
        <translation>Подписаться без проверки</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>По&amp;дписаться</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Подписаться</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>{reason}: nothing can be subscribed.</source>
        <translation>{reason}: подписаться нельзя.</translation>
    </message>
    <message>
        <source>{reason}: the address cannot be checked now. You may subscribe without checking; its articles come with the first refresh online.</source>
        <translation>{reason}: сейчас адрес проверить нельзя. Можно подписаться без проверки — статьи появятся при первом обновлении в сети.</translation>
    </message>
    <message>
        <source>Already subscribed to {address}</source>
        <translation>Подписка на {address} уже есть</translation>
    </message>
    <message>
        <source>Tick at least one of the feeds found</source>
        <translation>Отметьте хотя бы одну из найденных лент</translation>
    </message>
    <message>
        <source>{reason}: tick “Subscribe without checking” to subscribe anyway</source>
        <translation>{reason}: чтобы всё же подписаться, отметьте «Подписаться без проверки»</translation>
    </message>
    <message>
        <source>Checking {address}…</source>
        <translation>Проверка {address}…</translation>
    </message>
    <message>
        <source>{reason}. Nothing subscribed.</source>
        <translation>{reason}. Подписка не оформлена.</translation>
    </message>
    <message>
        <source>{address} (already subscribed)</source>
        <translation>{address} (подписка уже есть)</translation>
    </message>
    <message numerus="yes">
        <source>{address} is a web page that links to %n feed(s): tick those to subscribe to.</source>
        <translation>
            <numerusform>{address} — веб-страница, которая ссылается на %n ленту: отметьте, на какие подписаться.</numerusform>
            <numerusform>{address} — веб-страница, которая ссылается на %n ленты: отметьте, на какие подписаться.</numerusform>
            <numerusform>{address} — веб-страница, которая ссылается на %n лент: отметьте, на какие подписаться.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Caravan is already running</source>
        <translation>Caravan уже запущен</translation>
    </message>
    <message>
        <source>Caravan is already running.</source>
        <translation>Caravan уже запущен.</translation>
    </message>
    <message>
        <source>Caravan is already running: its window was brought forward.</source>
        <translation>Caravan уже запущен: его окно выведено на передний план.</translation>
    </message>
    <message>
        <source>Caravan cannot open its database</source>
        <translation>Caravan не может открыть базу данных</translation>
    </message>
    <message>
        <source>Recent changes were lost</source>
        <translation>Последние изменения потеряны</translation>
    </message>
    <message>
        <source>Configuration problems</source>
        <translation>Ошибки в настройках</translation>
    </message>
</context>
<context>
    <name>ArticleList</name>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>не прочитано</translation>
    </message>
    <message>
        <source>read</source>
        <translation>прочитано</translation>
    </message>
    <message>
        <source>, starred</source>
        <translation>, в избранном</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Open the original</source>
        <translation>Открыть оригинал</translation>
    </message>
    <message>
        <source>Full text from the article&apos;s page</source>
        <translation>Полный текст со страницы статьи</translation>
    </message>
    <message>
        <source>The feed&apos;s text</source>
        <translation>Текст из ленты</translation>
    </message>
    <message>
        <source>Show the feed&apos;s text</source>
        <translation>Показать текст из ленты</translation>
    </message>
    <message>
        <source>Show the full text</source>
        <translation>Показать полный текст</translation>
    </message>
    <message>
        <source>no full text: {reason}</source>
        <translation>нет полного текста: {reason}</translation>
    </message>
    <message>
        <source>Fetch the full text</source>
        <translation>Загрузить полный текст</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--add-feed is for the window; with a command, use `caravan add-feed URL` (nothing was done)</source>
        <translation>--add-feed — для окна; с командой используйте `caravan add-feed URL` (ничего не сделано)</translation>
    </message>
    <message>
        <source>{reason}; nothing was changed</source>
        <translation>{reason}; ничего не изменено</translation>
    </message>
    <message>
        <source>repairing the database and running the command again</source>
        <translation>база данных восстанавливается, команда выполняется ещё раз</translation>
    </message>
    <message>
        <source>{file} is a directory, not a configuration file</source>
        <translation>{file} — папка, а не файл настроек</translation>
    </message>
    <message>
        <source>cannot create the configuration {file}: {folder} is not a directory</source>
        <translation>не удаётся создать файл настроек {file}: {folder} — не папка</translation>
    </message>
    <message>
        <source>{folder} is a file, not a data directory</source>
        <translation>{folder} — файл, а не папка данных</translation>
    </message>
    <message>
        <source>cannot use {folder} as the data directory: {error}</source>
        <translation>нельзя использовать {folder} как папку данных: {error}</translation>
    </message>
    <message>
        <source>{reason}: nothing was refreshed</source>
        <translation>{reason}: ничего не обновлено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>rates</source>
        <translation>курсы</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n новая</numerusform>
            <numerusform>%n новые</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
    <message>
        <source>its server asked not to be fetched before {when}</source>
        <translation>сервер просил не загружать до {when}</translation>
    </message>
    <message>
        <source>failing; already retried once early, next check {when}</source>
        <translation>ошибка; уже повторена раньше срока, следующая проверка {when}</translation>
    </message>
    <message>
        <source>rates ({source}): {error}</source>
        <translation>курсы ({source}): {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n currencies</source>
        <translation>
            <numerusform>%n валюта</numerusform>
            <numerusform>%n валюты</numerusform>
            <numerusform>%n валют</numerusform>
        </translation>
    </message>
    <message>
        <source>rates ({source})</source>
        <translation>курсы ({source})</translation>
    </message>
    <message>
        <source>{error}; nothing subscribed (--force subscribes anyway)</source>
        <translation>{error}; подписка не оформлена (--force подпишет всё равно)</translation>
    </message>
    <message>
        <source>anyway (--force)</source>
        <translation>всё равно (--force)</translation>
    </message>
    <message>
        <source>it also links to {address}</source>
        <translation>также ссылается на {address}</translation>
    </message>
    <message>
        <source>Added feed {id} {how}: {address}</source>
        <translation>Добавлена лента {id} {how}: {address}</translation>
    </message>
    <message>
        <source>Added feed {id}: {address}</source>
        <translation>Добавлена лента {id}: {address}</translation>
    </message>
    <message>
        <source>Already subscribed (feed {id}): {address}</source>
        <translation>Подписка уже есть (лента {id}): {address}</translation>
    </message>
    <message>
        <source>No subscriptions yet: caravan add-feed URL, or caravan import-opml FILE</source>
        <translation>Подписок пока нет: caravan add-feed URL или caravan import-opml FILE</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread</source>
        <translation>
            <numerusform>%Ln непрочит.</numerusform>
            <numerusform>%Ln непрочит.</numerusform>
            <numerusform>%Ln непрочит.</numerusform>
        </translation>
    </message>
    <message>
        <source>error since {since} ({count}×): {error}</source>
        <translation>ошибка с {since} ({count}×): {error}</translation>
    </message>
    <message>
        <source>last checked {when}</source>
        <translation>проверена {when}</translation>
    </message>
    <message>
        <source>next {when}</source>
        <translation>следующая {when}</translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>каждую %n мин</numerusform>
            <numerusform>каждые %n мин</numerusform>
            <numerusform>каждые %n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>full text: always</source>
        <translation>полный текст: всегда</translation>
    </message>
    <message>
        <source>full text: never</source>
        <translation>полный текст: никогда</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>в порядке</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>ещё не проверена</translation>
    </message>
    <message>
        <source>no feed with id {id} (see `caravan feeds`)</source>
        <translation>нет ленты с id {id} (см. `caravan feeds`)</translation>
    </message>
    <message>
        <source>nothing changed: give edit-feed {id} at least one of {options}</source>
        <translation>ничего не изменено: укажите для edit-feed {id} хотя бы одно из {options}</translation>
    </message>
    <message>
        <source>--interval must be between 0 and 10080 minutes</source>
        <translation>--interval должен быть от 0 до 10080 минут</translation>
    </message>
    <message>
        <source>Feed {id} updated: {changes}</source>
        <translation>Лента {id} изменена: {changes}</translation>
    </message>
    <message>
        <source>title {title}</source>
        <translation>название {title}</translation>
    </message>
    <message>
        <source>the feed&apos;s own title</source>
        <translation>собственное название ленты</translation>
    </message>
    <message>
        <source>folder {folder}</source>
        <translation>папка {folder}</translation>
    </message>
    <message>
        <source>no folder</source>
        <translation>без папки</translation>
    </message>
    <message>
        <source>the global interval</source>
        <translation>общий интервал</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>включена</translation>
    </message>
    <message>
        <source>full text {choice}</source>
        <translation>полный текст {choice}</translation>
    </message>
    <message numerus="yes">
        <source>Removed feed {id} and its %n article(s)</source>
        <translation>
            <numerusform>Удалена лента {id} и её %n статья</numerusform>
            <numerusform>Удалена лента {id} и её %n статьи</numerusform>
            <numerusform>Удалена лента {id} и её %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read {file}: {error}</source>
        <translation>не удаётся прочитать {file}: {error}</translation>
    </message>
    <message>
        <source>{file}: {error}; nothing imported</source>
        <translation>{file}: {error}; ничего не импортировано</translation>
    </message>
    <message>
        <source>skipped {reason}</source>
        <translation>пропущено: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new feed(s)</source>
        <translation>
            <numerusform>Импортирована %n новая лента</numerusform>
            <numerusform>Импортированы %n новые ленты</numerusform>
            <numerusform>Импортировано %n новых лент</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n уже в подписках</numerusform>
            <numerusform>%n уже в подписках</numerusform>
            <numerusform>%n уже в подписках</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write {file}: {error}</source>
        <translation>не удаётся записать {file}: {error}</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Записано в {file}</translation>
    </message>
    <message>
        <source>{reason}: showing the stored rates</source>
        <translation>{reason}: показаны сохранённые курсы</translation>
    </message>
    <message>
        <source>{error}; showing what is stored</source>
        <translation>{error}; показано сохранённое</translation>
    </message>
    <message>
        <source>{problem}; its pairs come from the fallback</source>
        <translation>{problem}; его пары взяты из запасного источника</translation>
    </message>
    <message>
        <source>no rates stored yet; run `caravan refresh`</source>
        <translation>сохранённых курсов пока нет; выполните `caravan refresh`</translation>
    </message>
    <message>
        <source>no rates from {source} stored yet</source>
        <translation>сохранённых курсов от {source} пока нет</translation>
    </message>
    <message>
        <source>{nothing}; `caravan rates --provider {provider}` without --offline fetches them</source>
        <translation>{nothing}; `caravan rates --provider {provider}` без --offline загрузит их</translation>
    </message>
    <message>
        <source>neither {bank} nor {source} lists</source>
        <translation>ни {bank}, ни {source} не публикуют</translation>
    </message>
    <message>
        <source>{source} does not list</source>
        <translation>{source} не публикует</translation>
    </message>
    <message>
        <source>no stored {pair} rates from {source}</source>
        <translation>нет сохранённых курсов {pair} от {source}</translation>
    </message>
    <message>
        <source>{pair} from {source}</source>
        <translation>{pair} от {source}</translation>
    </message>
    <message>
        <source>no article with id {id}</source>
        <translation>нет статьи с id {id}</translation>
    </message>
    <message>
        <source>Enclosure: {name} ({details}) {address}</source>
        <translation>Вложение: {name} ({details}) {address}</translation>
    </message>
    <message>
        <source>Caravan is in the applications menu:</source>
        <translation>Caravan есть в меню приложений:</translation>
    </message>
    <message>
        <source>Removed from the applications menu:</source>
        <translation>Удалено из меню приложений:</translation>
    </message>
    <message>
        <source>It was not there.</source>
        <translation>Его там не было.</translation>
    </message>
    <message>
        <source>(brought {cache} up to date)</source>
        <translation>(обновлён {cache})</translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>Caravan starts minimized when you log in: {where}</source>
        <translation>Caravan запускается свёрнутым при входе в систему: {where}</translation>
    </message>
    <message>
        <source>Caravan does not start when you log in (nothing at {where})</source>
        <translation>Caravan не запускается при входе в систему (в {where} ничего нет)</translation>
    </message>
    <message>
        <source>Removed the account {user} on {server}:</source>
        <translation>Учётная запись {user} на {server} удалена:</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) stay here as local feeds;</source>
        <translation>
            <numerusform>%n лента остаётся здесь как локальная;</numerusform>
            <numerusform>%n ленты остаются здесь как локальные;</numerusform>
            <numerusform>%n лент остаются здесь как локальные;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent were dropped</source>
        <translation>
            <numerusform>%n ещё не отправленное изменение отброшено</numerusform>
            <numerusform>%n ещё не отправленных изменения отброшены</numerusform>
            <numerusform>%n ещё не отправленных изменений отброшены</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Account:  {user} on {server}</source>
        <translation>Учётная запись:  {user} на {server}</translation>
    </message>
    <message numerus="yes">
        <source>Feeds:    %n synced</source>
        <translation>
            <numerusform>Ленты:    синхронизирована %n</numerusform>
            <numerusform>Ленты:    синхронизированы %n</numerusform>
            <numerusform>Ленты:    синхронизировано %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting:  %n change(s) not yet sent</source>
        <translation>
            <numerusform>Ожидает:  %n изменение ещё не отправлено</numerusform>
            <numerusform>Ожидает:  %n изменения ещё не отправлены</numerusform>
            <numerusform>Ожидает:  %n изменений ещё не отправлены</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced:   {when}</source>
        <translation>Синхронизация:  {when}</translation>
    </message>
    <message>
        <source>Failed:   {error}</source>
        <translation>Ошибка:   {error}</translation>
    </message>
    <message>
        <source>Password: not kept ({problem}); asked at each sync</source>
        <translation>Пароль:   не хранится ({problem}); спрашивается при каждой синхронизации</translation>
    </message>
    <message>
        <source>Password: in the system&apos;s keyring</source>
        <translation>Пароль:   в системной связке ключей</translation>
    </message>
    <message>
        <source>Password: not kept; asked</source>
        <translation>Пароль:   не хранится; спрашивается</translation>
    </message>
    <message>
        <source>account add needs --server URL and --user NAME</source>
        <translation>account add требует --server URL и --user NAME</translation>
    </message>
    <message>
        <source>Password of {user} on {server}: </source>
        <translation>Пароль {user} на {server}: </translation>
    </message>
    <message>
        <source>no password given (type it at the prompt, or use --password-stdin)</source>
        <translation>пароль не указан (введите его в ответ на запрос или используйте --password-stdin)</translation>
    </message>
    <message>
        <source>Account added: {user} on {server}</source>
        <translation>Учётная запись добавлена: {user} на {server}</translation>
    </message>
    <message>
        <source>{reason}; the password will be asked at each sync (never saved in a file)</source>
        <translation>{reason}; пароль будет спрашиваться при каждой синхронизации (в файл он не сохраняется)</translation>
    </message>
    <message>
        <source>`caravan sync` brings its feeds; `caravan account push` sends the local ones</source>
        <translation>`caravan sync` загрузит её ленты; `caravan account push` отправит локальные</translation>
    </message>
    <message numerus="yes">
        <source>%n local feed(s) will move into the account at the next sync</source>
        <translation>
            <numerusform>%n локальная лента перейдёт в учётную запись при следующей синхронизации</numerusform>
            <numerusform>%n локальные ленты перейдут в учётную запись при следующей синхронизации</numerusform>
            <numerusform>%n локальных лент перейдут в учётную запись при следующей синхронизации</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}: nothing was synced</source>
        <translation>{reason}: ничего не синхронизировано</translation>
    </message>
    <message>
        <source>no sync account is set up (caravan account add --server URL --user NAME)</source>
        <translation>учётная запись синхронизации не настроена (caravan account add --server URL --user NAME)</translation>
    </message>
    <message>
        <source>no password: none is kept in a keyring, and none was given (--password-stdin)</source>
        <translation>нет пароля: в связке ключей его нет, и он не указан (--password-stdin)</translation>
    </message>
    <message>
        <source>not sent  {problem}</source>
        <translation>не отправлено  {problem}</translation>
    </message>
    <message>
        <source>Synced in {seconds} s: {summary}</source>
        <translation>Синхронизировано за {seconds} с: {summary}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>configuration file (TOML)</source>
        <translation>файл настроек (TOML)</translation>
    </message>
    <message>
        <source>directory for the database and logs</source>
        <translation>папка для базы данных и журналов</translation>
    </message>
    <message>
        <source>use only what is stored; never touch the network</source>
        <translation>только сохранённое; в сеть не обращаться</translation>
    </message>
    <message>
        <source>print progress and warnings on the console</source>
        <translation>выводить ход работы и предупреждения в консоль</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} — не целое число</translation>
    </message>
    <message>
        <source>{value} is negative; give 0 (all) or more</source>
        <translation>{value} — отрицательное число; укажите 0 (все) или больше</translation>
    </message>
    <message>
        <source>{value} is not an id (a whole number from 1)</source>
        <translation>{value} — не номер (целое число от 1)</translation>
    </message>
    <message>
        <source>{value} is not a currency pair (KGS, or USD/UZS)</source>
        <translation>{value} — не валютная пара (KGS или USD/UZS)</translation>
    </message>
    <message>
        <source>Currency-rate ticker and offline news reader. Without a command, opens the window.</source>
        <translation>Бегущая строка курсов валют и чтение новостей без сети. Без команды открывает окно.</translation>
    </message>
    <message>
        <source>open the window (or bring the running one forward) and subscribe to URL once it is checked</source>
        <translation>открыть окно (или показать уже открытое) и подписаться на URL после проверки</translation>
    </message>
    <message>
        <source>open in the tray, or as the compact ticker if Caravan was left so (what the start at login does)</source>
        <translation>открыться в трее или компактной бегущей строкой, если Caravan так и оставили (так запускается при входе в систему)</translation>
    </message>
    <message>
        <source>open the window (the default)</source>
        <translation>открыть окно (по умолчанию)</translation>
    </message>
    <message>
        <source>update every feed and the rates once, print a summary</source>
        <translation>однократно обновить все ленты и курсы, вывести итог</translation>
    </message>
    <message>
        <source>subscribe to a feed (a web page&apos;s own feed is found)</source>
        <translation>подписаться на ленту (ленту веб-страницы Caravan найдёт сам)</translation>
    </message>
    <message>
        <source>the feed&apos;s http or https address, or a page that links to it</source>
        <translation>http- или https-адрес ленты либо страницы со ссылкой на неё</translation>
    </message>
    <message>
        <source>a title to show instead of the feed&apos;s own</source>
        <translation>название, которое показывать вместо названия ленты</translation>
    </message>
    <message>
        <source>the sidebar folder to put it in</source>
        <translation>папка боковой панели, куда её поместить</translation>
    </message>
    <message>
        <source>subscribe even when the address gives no feed now, or cannot be checked (offline)</source>
        <translation>подписаться, даже если по адресу сейчас нет ленты или его нельзя проверить (без сети)</translation>
    </message>
    <message>
        <source>list subscriptions with their state and errors</source>
        <translation>список подписок с их состоянием и ошибками</translation>
    </message>
    <message>
        <source>rename, move, pause, pace one feed or set its full text</source>
        <translation>переименовать, переместить, приостановить ленту, задать её интервал или полный текст</translation>
    </message>
    <message>
        <source>the feed&apos;s id (see `caravan feeds`)</source>
        <translation>номер ленты (см. `caravan feeds`)</translation>
    </message>
    <message>
        <source>a new title</source>
        <translation>новое название</translation>
    </message>
    <message>
        <source>a new folder (&apos;&apos; for none)</source>
        <translation>новая папка (&apos;&apos; — без папки)</translation>
    </message>
    <message>
        <source>own refresh interval (0: the global one)</source>
        <translation>свой интервал обновления (0 — общий)</translation>
    </message>
    <message>
        <source>fetch it again</source>
        <translation>снова загружать её</translation>
    </message>
    <message>
        <source>stop fetching it, keep articles</source>
        <translation>перестать её загружать, статьи сохранить</translation>
    </message>
    <message>
        <source>fetch article pages: for teasers (auto), for every article, or never</source>
        <translation>загружать страницы статей: для анонсов (auto), для всех статей (always) или никогда (never)</translation>
    </message>
    <message>
        <source>unsubscribe and delete the feed&apos;s articles</source>
        <translation>отписаться и удалить статьи ленты</translation>
    </message>
    <message>
        <source>subscribe to every feed of an OPML file, with folders</source>
        <translation>подписаться на все ленты OPML-файла, с папками</translation>
    </message>
    <message>
        <source>the OPML file</source>
        <translation>OPML-файл</translation>
    </message>
    <message>
        <source>write the subscriptions as OPML</source>
        <translation>записать подписки в OPML</translation>
    </message>
    <message>
        <source>where to write (default: stdout)</source>
        <translation>куда записать (по умолчанию — стандартный вывод)</translation>
    </message>
    <message>
        <source>print the ticker line from the stored rates</source>
        <translation>вывести бегущую строку по сохранённым курсам</translation>
    </message>
    <message>
        <source>take the rates from this source (fetched now unless --offline)</source>
        <translation>брать курсы из этого источника (загружаются сейчас, если не указан --offline)</translation>
    </message>
    <message>
        <source>each Central Asian currency from its own central bank (fetched now unless --offline)</source>
        <translation>каждую валюту Центральной Азии — от её центрального банка (загружаются сейчас, если не указан --offline)</translation>
    </message>
    <message>
        <source>print every stored day of one pair (e.g. KGS or USD/UZS)</source>
        <translation>вывести все сохранённые дни одной пары (например, KGS или USD/UZS)</translation>
    </message>
    <message>
        <source>print one stored article</source>
        <translation>вывести одну сохранённую статью</translation>
    </message>
    <message>
        <source>the article&apos;s id (see `caravan list`)</source>
        <translation>номер статьи (см. `caravan list`)</translation>
    </message>
    <message>
        <source>print the sanitized HTML the reader pane receives</source>
        <translation>вывести очищенный HTML, который получает окно чтения</translation>
    </message>
    <message>
        <source>list stored articles, newest first</source>
        <translation>список сохранённых статей, сначала новые</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>выводить JSON вместо текста</translation>
    </message>
    <message>
        <source>at most this many (0: all)</source>
        <translation>не больше стольких (0 — все)</translation>
    </message>
    <message>
        <source>set up, show or remove the sync account: a Google Reader API server (Miniflux, FreshRSS...); push moves local feeds into it</source>
        <translation>настроить, показать или удалить учётную запись синхронизации — сервер с Google Reader API (Miniflux, FreshRSS...); push переносит в неё локальные ленты</translation>
    </message>
    <message>
        <source>add: the API&apos;s address (Miniflux: the server&apos;s; FreshRSS: .../api/greader.php)</source>
        <translation>add: адрес API (Miniflux — адрес сервера; FreshRSS — .../api/greader.php)</translation>
    </message>
    <message>
        <source>add: the user name</source>
        <translation>add: имя пользователя</translation>
    </message>
    <message>
        <source>add, and sync without a keyring: read the password from standard input</source>
        <translation>add, а также синхронизация без связки ключей: читать пароль со стандартного ввода</translation>
    </message>
    <message>
        <source>push: only the local feeds of this folder (repeatable; default: every one)</source>
        <translation>push: только локальные ленты этой папки (можно повторять; по умолчанию — все)</translation>
    </message>
    <message>
        <source>sync once with the account&apos;s server, print a summary (1: it failed)</source>
        <translation>однократно синхронизировать с сервером учётной записи, вывести итог (1 — не удалось)</translation>
    </message>
    <message>
        <source>read the password from standard input (where no keyring keeps it)</source>
        <translation>читать пароль со стандартного ввода (если его не хранит связка ключей)</translation>
    </message>
    <message>
        <source>add Caravan to the applications menu, or remove it (Linux and XDG desktops)</source>
        <translation>добавить Caravan в меню приложений или убрать из него (Linux и рабочие столы XDG)</translation>
    </message>
    <message>
        <source>start Caravan (minimized) when you log in, or no longer</source>
        <translation>запускать Caravan (свёрнутым) при входе в систему или больше не запускать</translation>
    </message>
    <message>
        <source>status exits with 1 when it is off</source>
        <translation>status завершается с кодом 1, если автозапуск выключен</translation>
    </message>
</context>
<context>
    <name>CompactTicker</name>
    <message>
        <source>Caravan ticker</source>
        <translation>Бегущая строка Caravan</translation>
    </message>
    <message>
        <source>Caravan compact ticker</source>
        <translation>Компактная бегущая строка Caravan</translation>
    </message>
    <message>
        <source>Compact ticker menu</source>
        <translation>Меню компактной бегущей строки</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Kyrgyz som</source>
        <translation>кыргызский сом</translation>
    </message>
    <message>
        <source>Kazakhstani tenge</source>
        <translation>казахстанский тенге</translation>
    </message>
    <message>
        <source>Tajikistani somoni</source>
        <translation>таджикский сомони</translation>
    </message>
    <message>
        <source>Uzbekistani som</source>
        <translation>узбекский сум</translation>
    </message>
    <message>
        <source>Turkmenistani manat</source>
        <translation>туркменский манат</translation>
    </message>
    <message>
        <source>Azerbaijani manat</source>
        <translation>азербайджанский манат</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>доллар США</translation>
    </message>
    <message>
        <source>euro</source>
        <translation>евро</translation>
    </message>
    <message>
        <source>Russian ruble</source>
        <translation>российский рубль</translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation>китайский юань</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>Type the address of a feed or of a web page that links to one</source>
        <translation>Введите адрес ленты или веб-страницы со ссылкой на неё</translation>
    </message>
    <message>
        <source>{address} is not an http or https address (it holds a space)</source>
        <translation>{address} — не адрес http или https (в нём пробел)</translation>
    </message>
    <message>
        <source>{address} is not an http or https address</source>
        <translation>{address} — не адрес http или https</translation>
    </message>
    <message>
        <source>nothing answers at {address} ({error})</source>
        <translation>по адресу {address} никто не отвечает ({error})</translation>
    </message>
    <message>
        <source>{address} sent an empty document</source>
        <translation>{address} прислал пустой документ</translation>
    </message>
    <message>
        <source>{address} is a web page with no feed</source>
        <translation>{address} — веб-страница без ленты</translation>
    </message>
    <message>
        <source>a document of no declared type</source>
        <translation>документ без указанного типа</translation>
    </message>
    <message>
        <source>{address} is not a feed (the server sent {kind}, {size})</source>
        <translation>{address} — не лента (сервер прислал {kind}, {size})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байта</numerusform>
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
        <translation>Видео</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>Книга EPUB</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>Архив ZIP</translation>
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
        <translation>Caravan запущен без сети (--offline): ничего не загружается</translation>
    </message>
    <message>
        <source>Refused to open {address}: not a web address</source>
        <translation>Не открыто {address}: это не веб-адрес</translation>
    </message>
    <message>
        <source>The system has no application to open this enclosure</source>
        <translation>В системе нет приложения, чтобы открыть это вложение</translation>
    </message>
    <message>
        <source>Enclosure {name}</source>
        <translation>Вложение {name}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Download for offline</source>
        <translation>Загрузить для чтения без сети</translation>
    </message>
    <message>
        <source>Open downloaded</source>
        <translation>Открыть загруженное</translation>
    </message>
    <message>
        <source>Remove download</source>
        <translation>Удалить загрузку</translation>
    </message>
    <message>
        <source>Downloading {name}</source>
        <translation>Загрузка {name}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>download of {name}</source>
        <translation>загрузка {name}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} из {total}</translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Enclosure list</source>
        <translation>Список вложений</translation>
    </message>
    <message numerus="yes">
        <source>%n enclosure(s)</source>
        <translation>
            <numerusform>%n вложение</numerusform>
            <numerusform>%n вложения</numerusform>
            <numerusform>%n вложений</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>Загрузка {name}…</translation>
    </message>
    <message>
        <source>Removed the download of {name}</source>
        <translation>Загрузка {name} удалена</translation>
    </message>
    <message>
        <source>Downloaded {name} ({size}): it opens offline</source>
        <translation>{name} загружено ({size}): открывается без сети</translation>
    </message>
    <message>
        <source>Download of {name} cancelled</source>
        <translation>Загрузка {name} отменена</translation>
    </message>
    <message>
        <source>Not downloaded: {error}</source>
        <translation>Не загружено: {error}</translation>
    </message>
    <message>
        <source>Download of {name} failed: {error}</source>
        <translation>Не удалось загрузить {name}: {error}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Read-only: Caravan cannot save changes in {folder}</source>
        <translation>Только чтение: Caravan не может сохранять изменения в {folder}</translation>
    </message>
    <message>
        <source>Caravan was started offline (--offline)</source>
        <translation>Caravan запущен без сети (--offline)</translation>
    </message>
</context>
<context>
    <name>FeedErrorsDialog</name>
    <message>
        <source>Feeds with errors — Caravan</source>
        <translation>Ленты с ошибками — Caravan</translation>
    </message>
    <message>
        <source>Feeds with errors</source>
        <translation>Ленты с ошибками</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Лента</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Началась</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Раз</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <source>Refresh every feed now; each of these is retried once before its next check, unless its server asked to wait</source>
        <translation>Обновить все ленты сейчас: каждая из этих будет проверена ещё раз до следующей плановой проверки, если её сервер не просил подождать</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected feed</source>
        <translation>Изменить выбранную ленту</translation>
    </message>
    <message>
        <source>The selected feed&apos;s properties: its address, title, …</source>
        <translation>Свойства выбранной ленты: адрес, название, …</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Remove the selected feed</source>
        <translation>Удалить выбранную ленту</translation>
    </message>
    <message>
        <source>Unsubscribe from the selected feed</source>
        <translation>Отписаться от выбранной ленты</translation>
    </message>
    <message>
        <source>Every feed is fine.</source>
        <translation>Все ленты в порядке.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed at the last attempt. Caravan tries them again by itself, waiting longer after each failure.</source>
        <translation>
            <numerusform>%n лента не загрузилась при последней попытке. Caravan сам попробует ещё раз, с каждой неудачей выжидая дольше.</numerusform>
            <numerusform>%n ленты не загрузились при последней попытке. Caravan сам попробует ещё раз, с каждой неудачей выжидая дольше.</numerusform>
            <numerusform>%n лент не загрузились при последней попытке. Caravan сам попробует ещё раз, с каждой неудачей выжидая дольше.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>Automatic (for teasers)</source>
        <translation>Автоматически (для анонсов)</translation>
    </message>
    <message>
        <source>Always fetch the article page</source>
        <translation>Всегда загружать страницу статьи</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>{feed} — Properties</source>
        <translation>{feed} — свойства</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Changing the address keeps the feed&apos;s articles</source>
        <translation>При смене адреса статьи ленты сохраняются</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>The feed&apos;s own title</source>
        <translation>Название, которое даёт сама лента</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Refresh interval in minutes</source>
        <translation>Интервал обновления в минутах</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>The global interval ({minutes} min)</source>
        <translation>Общий интервал ({minutes} мин)</translation>
    </message>
    <message>
        <source>Fetch this feed (unchecked: paused, its articles kept)</source>
        <translation>Загружать эту ленту (без отметки — пауза, статьи сохраняются)</translation>
    </message>
    <message>
        <source>Fetch this feed</source>
        <translation>Загружать эту ленту</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Полный текст</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Обновлять каждые:</translation>
    </message>
    <message>
        <source>F&amp;ull text:</source>
        <translation>Полный &amp;текст:</translation>
    </message>
    <message>
        <source>not given by the feed</source>
        <translation>лента его не указывает</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <source>{error} ({count}×)</source>
        <translation>{error} ({count}×)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <source>Articles stored</source>
        <translation>Сохранено статей</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <source>Last checked:</source>
        <translation>Последняя проверка:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Последняя ошибка:</translation>
    </message>
    <message>
        <source>Articles stored:</source>
        <translation>Сохранено статей:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Open &amp;website</source>
        <translation>Открыть &amp;сайт</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Открыть сайт</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Копировать адрес</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Копировать адрес</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://</source>
        <translation>Адрес должен начинаться с http:// или https://</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ещё не было</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>Mark all as read</source>
        <translation>Отметить все как прочитанные</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Новая папка…</translation>
    </message>
    <message>
        <source>Rename folder…</source>
        <translation>Переименовать папку…</translation>
    </message>
    <message>
        <source>Delete folder…</source>
        <translation>Удалить папку…</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Имя папки:</translation>
    </message>
    <message>
        <source>There is already a folder {folder}</source>
        <translation>Папка {folder} уже есть</translation>
    </message>
    <message>
        <source>Rename folder</source>
        <translation>Переименование папки</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder {folder}? Its %n feed(s) will be outside any folder; none is unsubscribed.</source>
        <translation>
            <numerusform>Удалить папку {folder}? %n лента из неё останется в подписках, но вне папок.</numerusform>
            <numerusform>Удалить папку {folder}? %n ленты из неё останутся в подписках, но вне папок.</numerusform>
            <numerusform>Удалить папку {folder}? %n лент из неё останутся в подписках, но вне папок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the folder {folder}? It has no feeds.</source>
        <translation>Удалить папку {folder}? В ней нет лент.</translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>Удаление папки</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Feeds and articles</source>
        <translation>Ленты и статьи</translation>
    </message>
    <message>
        <source>Resize the feed list</source>
        <translation>Изменить ширину списка лент</translation>
    </message>
    <message>
        <source>Articles and reader</source>
        <translation>Статьи и окно чтения</translation>
    </message>
    <message>
        <source>Resize the article list and the reader</source>
        <translation>Изменить размеры списка статей и окна чтения</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>С&amp;татья</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Caravan</source>
        <translation>&amp;О программе Caravan</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>About Caravan</source>
        <translation>О программе Caravan</translation>
    </message>
    <message>
        <source>Currency-rate ticker and offline news reader.</source>
        <translation>Бегущая строка курсов валют и чтение новостей без сети.</translation>
    </message>
    <message>
        <source>Rates: {source}.</source>
        <translation>Курсы: {source}.</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Настройки сохранены</translation>
    </message>
    <message numerus="yes">
        <source>Caravan — %Ln unread</source>
        <translation>
            <numerusform>Caravan — %Ln непрочитанная</numerusform>
            <numerusform>Caravan — %Ln непрочитанные</numerusform>
            <numerusform>Caravan — %Ln непрочитанных</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <source>Mark all as &amp;read</source>
        <translation>Отметить все как п&amp;рочитанные</translation>
    </message>
    <message>
        <source>&amp;Undo marking read</source>
        <translation>&amp;Отменить отметку о прочтении</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Отметить все как прочитанные</translation>
    </message>
    <message>
        <source>No unread articles here</source>
        <translation>Здесь нет непрочитанных статей</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln articles as read?</source>
        <translation>
            <numerusform>Отметить %Ln статью как прочитанную?</numerusform>
            <numerusform>Отметить %Ln статьи как прочитанные?</numerusform>
            <numerusform>Отметить %Ln статей как прочитанные?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The status bar offers to undo it for %n seconds.</source>
        <translation>
            <numerusform>Строка состояния предложит отменить это в течение %n секунды.</numerusform>
            <numerusform>Строка состояния предложит отменить это в течение %n секунд.</numerusform>
            <numerusform>Строка состояния предложит отменить это в течение %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Отметить как прочитанные</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Больше не спрашивать</translation>
    </message>
    <message>
        <source>Not asking again until Caravan restarts: the setting was not saved ({error})</source>
        <translation>Caravan не будет спрашивать до перезапуска: настройку не удалось сохранить ({error})</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln article(s) read</source>
        <translation>
            <numerusform>%Ln статья отмечена как прочитанная</numerusform>
            <numerusform>%Ln статьи отмечены как прочитанные</numerusform>
            <numerusform>%Ln статей отмечены как прочитанные</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo marking %Ln article(s) read</source>
        <translation>
            <numerusform>Снять отметку о прочтении с %Ln статьи</numerusform>
            <numerusform>Снять отметку о прочтении с %Ln статей</numerusform>
            <numerusform>Снять отметку о прочтении с %Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) unread again</source>
        <translation>
            <numerusform>%Ln статья снова не прочитана</numerusform>
            <numerusform>%Ln статьи снова не прочитаны</numerusform>
            <numerusform>%Ln статей снова не прочитаны</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>connection refused</source>
        <translation>в соединении отказано</translation>
    </message>
    <message>
        <source>name or service not known</source>
        <translation>имя или служба неизвестны</translation>
    </message>
    <message>
        <source>network is unreachable</source>
        <translation>сеть недоступна</translation>
    </message>
    <message>
        <source>no route to host</source>
        <translation>нет маршрута до узла</translation>
    </message>
    <message>
        <source>temporary failure in name resolution</source>
        <translation>временный сбой разрешения имён</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>не удалось подключиться</translation>
    </message>
    <message>
        <source>{address} is not a feed ({reason})</source>
        <translation>{address} — не лента ({reason})</translation>
    </message>
    <message>
        <source>{address} is not a feed</source>
        <translation>{address} — не лента</translation>
    </message>
    <message>
        <source>{address} is a web page, not a feed; it links to {links}</source>
        <translation>{address} — веб-страница, а не лента; на ней есть ссылки на {links}</translation>
    </message>
    <message>
        <source>{address} is a web page, not a feed</source>
        <translation>{address} — веб-страница, а не лента</translation>
    </message>
    <message>
        <source>bad request</source>
        <translation>некорректный запрос</translation>
    </message>
    <message>
        <source>authorisation required</source>
        <translation>нужна авторизация</translation>
    </message>
    <message>
        <source>access forbidden</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <source>gone for good</source>
        <translation>удалено навсегда</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>слишком много запросов</translation>
    </message>
    <message>
        <source>internal server error</source>
        <translation>внутренняя ошибка сервера</translation>
    </message>
    <message>
        <source>bad gateway</source>
        <translation>ошибка шлюза</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <translation>сервис недоступен</translation>
    </message>
    <message>
        <source>gateway timeout</source>
        <translation>шлюз не дождался ответа</translation>
    </message>
    <message>
        <source>The server answered HTTP {status} for {address}</source>
        <translation>Сервер ответил HTTP {status} на запрос {address}</translation>
    </message>
    <message>
        <source>The server answered HTTP {status} ({meaning}) for {address}</source>
        <translation>Сервер ответил HTTP {status} ({meaning}) на запрос {address}</translation>
    </message>
    <message>
        <source>Refused {address}: only http and https are fetched</source>
        <translation>{address} отклонён: загружаются только http и https</translation>
    </message>
    <message>
        <source>Refused a redirect to {address}</source>
        <translation>Перенаправление на {address} отклонено</translation>
    </message>
    <message>
        <source>Refused {host}: its TLS certificate does not verify ({reason})</source>
        <translation>{host} отклонён: его TLS-сертификат не прошёл проверку ({reason})</translation>
    </message>
    <message>
        <source>The connection to {host} timed out</source>
        <translation>Время ожидания соединения с {host} истекло</translation>
    </message>
    <message>
        <source>Cannot connect to {host}: {reason}</source>
        <translation>Не удаётся подключиться к {host}: {reason}</translation>
    </message>
    <message>
        <source>{host} stopped answering (read time-out)</source>
        <translation>{host} перестал отвечать (истекло время чтения)</translation>
    </message>
    <message>
        <source>More than {count} redirects from {address}</source>
        <translation>Больше {count} перенаправлений с {address}</translation>
    </message>
    <message>
        <source>Refused a redirect from {address} to a non-web address</source>
        <translation>Перенаправление с {address} на адрес не из веба отклонено</translation>
    </message>
    <message>
        <source>The download of {address} failed: {reason}</source>
        <translation>Не удалось загрузить {address}: {reason}</translation>
    </message>
    <message>
        <source>{address} is {size} bytes, over the limit</source>
        <translation>{address} занимает {size} байт — больше допустимого</translation>
    </message>
    <message>
        <source>{address} is larger than {size} bytes; the download was cut</source>
        <translation>{address} больше {size} байт; загрузка прервана</translation>
    </message>
    <message>
        <source>{address} took longer than {seconds} s; the download was cut</source>
        <translation>{address} загружался дольше {seconds} с; загрузка прервана</translation>
    </message>
    <message>
        <source>{address}: the feed could not be parsed ({reason})</source>
        <translation>{address}: не удалось разобрать ленту ({reason})</translation>
    </message>
    <message>
        <source>{address}: a JSON feed must be UTF-8 ({reason})</source>
        <translation>{address}: JSON-лента должна быть в UTF-8 ({reason})</translation>
    </message>
    <message>
        <source>{address}: broken JSON feed ({reason}, character {position})</source>
        <translation>{address}: повреждённая JSON-лента ({reason}, символ {position})</translation>
    </message>
    <message>
        <source>{address} is JSON but not a feed</source>
        <translation>{address} — JSON, но не лента</translation>
    </message>
    <message>
        <source>The JSON feed has no list of items</source>
        <translation>В JSON-ленте нет списка записей</translation>
    </message>
    <message>
        <source>The RSS-in-JSON document has no channel</source>
        <translation>В документе RSS-in-JSON нет канала</translation>
    </message>
    <message>
        <source>the file is larger than {size} MB</source>
        <translation>файл больше {size} МБ</translation>
    </message>
    <message>
        <source>the file declares a document type or entities, which are refused</source>
        <translation>в файле объявлен тип документа или сущности, а такие файлы не принимаются</translation>
    </message>
    <message>
        <source>the file is not well-formed XML ({reason})</source>
        <translation>файл — некорректный XML ({reason})</translation>
    </message>
    <message>
        <source>the file is not OPML (no &lt;opml&gt;&lt;body&gt;)</source>
        <translation>файл не в формате OPML (нет &lt;opml&gt;&lt;body&gt;)</translation>
    </message>
    <message>
        <source>{name}: not an http or https address ({address})</source>
        <translation>{name}: не http- или https-адрес ({address})</translation>
    </message>
    <message>
        <source>{host} refused the user name or the password</source>
        <translation>{host} не принял имя пользователя или пароль</translation>
    </message>
    <message>
        <source>{host} answered the login without a session (no Auth= line): is this the address of a Google Reader API?</source>
        <translation>{host} ответил на вход без сеанса (нет строки Auth=): это точно адрес Google Reader API?</translation>
    </message>
    <message>
        <source>The server failed (HTTP {status}) and the sync stopped; what was not sent stays queued for the next sync</source>
        <translation>Сбой на сервере (HTTP {status}), синхронизация остановлена; неотправленное дождётся следующей синхронизации</translation>
    </message>
    <message>
        <source>No sync account is set up (caravan account add)</source>
        <translation>Учётная запись синхронизации не настроена (caravan account add)</translation>
    </message>
    <message>
        <source>Sync cancelled; what was stored so far is kept</source>
        <translation>Синхронизация отменена; уже сохранённое остаётся</translation>
    </message>
    <message>
        <source>The user name and the password are both needed</source>
        <translation>Нужны и имя пользователя, и пароль</translation>
    </message>
    <message>
        <source>No keyring was found on this system (Secret Service, KWallet, the Windows Credential Locker or the macOS Keychain): the password cannot be kept</source>
        <translation>В системе не найдена связка ключей (Secret Service, KWallet, диспетчер учётных данных Windows или связка ключей macOS): пароль негде хранить</translation>
    </message>
    <message>
        <source>The keyring refused the password: {reason}</source>
        <translation>Связка ключей не приняла пароль: {reason}</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>неизвестный ключ</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>должно быть одним из: {choices}</translation>
    </message>
    <message>
        <source>unknown provider {provider} (known: {known})</source>
        <translation>неизвестный источник {provider} (известны: {known})</translation>
    </message>
    <message>
        <source>must be a table like {table}</source>
        <translation>должно быть таблицей вида {table}</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>должно быть целым числом</translation>
    </message>
    <message>
        <source>must be between {minimum} and {maximum}</source>
        <translation>должно быть от {minimum} до {maximum}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <source>must be an http or https URL</source>
        <translation>должно быть http- или https-адресом</translation>
    </message>
    <message>
        <source>must be a table of provider = url</source>
        <translation>должно быть таблицей вида источник = url</translation>
    </message>
    <message>
        <source>unknown provider</source>
        <translation>неизвестный источник</translation>
    </message>
    <message>
        <source>must be a list of currency codes</source>
        <translation>должно быть списком кодов валют</translation>
    </message>
    <message>
        <source>must be a list of [[feeds]] tables</source>
        <translation>должно быть списком таблиц [[feeds]]</translation>
    </message>
    <message>
        <source>must be a table with a url</source>
        <translation>должно быть таблицей с url</translation>
    </message>
    <message>
        <source>{value} is not a three-letter currency code</source>
        <translation>{value} — не трёхбуквенный код валюты</translation>
    </message>
    <message>
        <source>{value} is not a pair like &apos;USD/UZS&apos;</source>
        <translation>{value} — не пара вида &apos;USD/UZS&apos;</translation>
    </message>
    <message>
        <source>missing, the feed is ignored</source>
        <translation>не указан, лента пропущена</translation>
    </message>
    <message>
        <source>; ignored</source>
        <translation>; пропущено</translation>
    </message>
    <message>
        <source>; using {value}</source>
        <translation>; используется {value}</translation>
    </message>
    <message>
        <source>{file}: cannot read the configuration ({reason}); using defaults until it is corrected, and changing none of your subscriptions</source>
        <translation>{file}: не удаётся прочитать настройки ({reason}); пока файл не исправлен, используются значения по умолчанию, а подписки не меняются</translation>
    </message>
    <message>
        <source>; it could not be copied aside ({reason})</source>
        <translation>; сохранить его копию не удалось ({reason})</translation>
    </message>
    <message>
        <source>; a copy of it is kept at {file}</source>
        <translation>; его копия сохранена в {file}</translation>
    </message>
    <message>
        <source>Cannot open the database {file}: {reason}</source>
        <translation>Не удаётся открыть базу данных {file}: {reason}</translation>
    </message>
    <message>
        <source>Could not write to the database {file}: {reason}</source>
        <translation>Не удалось записать в базу данных {file}: {reason}</translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {reason}</source>
        <translation>Не удаётся создать папку данных {folder}: {reason}</translation>
    </message>
    <message>
        <source>{file} was written by a newer Caravan (schema {version}, this one knows {known}); update Caravan or choose another --data-dir</source>
        <translation>{file} записан более новой версией Caravan (схема {version}, эта версия знает {known}); обновите Caravan или выберите другой --data-dir</translation>
    </message>
    <message>
        <source>The database {file} is damaged and could not be rebuilt ({reason}); it was left as it is</source>
        <translation>База данных {file} повреждена, и восстановить её не удалось ({reason}); она оставлена как есть</translation>
    </message>
    <message>
        <source>{file} is closed: nothing more can be saved</source>
        <translation>{file} закрыт: больше ничего сохранить нельзя</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>Не удаётся записать {file}: {reason}</translation>
    </message>
    <message>
        <source>Cannot remove {file}: {reason}</source>
        <translation>Не удаётся удалить {file}: {reason}</translation>
    </message>
    <message>
        <source>Cannot change {file}: {reason}</source>
        <translation>Не удаётся изменить {file}: {reason}</translation>
    </message>
    <message>
        <source>The applications menu entry is for Linux and the other XDG desktops; on Windows and macOS, start Caravan from its bundle</source>
        <translation>Пункт в меню приложений есть только в Linux и других рабочих средах XDG; в Windows и macOS запускайте Caravan из его пакета</translation>
    </message>
    <message>
        <source>{file} is not valid TOML ({reason}), so the settings were not saved and the file was left as it is. Correct it in a text editor, or remove it to start from the defaults.</source>
        <translation>{file} — некорректный TOML ({reason}), поэтому настройки не сохранены, а файл оставлен как есть. Исправьте его в текстовом редакторе или удалите, чтобы начать с настроек по умолчанию.</translation>
    </message>
    <message>
        <source>{file}: {name} is not a table like [{name}], so {key} cannot be saved; correct the file in a text editor</source>
        <translation>{file}: {name} — не таблица вида [{name}], поэтому {key} не сохранить; исправьте файл в текстовом редакторе</translation>
    </message>
    <message>
        <source>Cannot save {file}: {reason}; the file was left as it was</source>
        <translation>Не удаётся сохранить {file}: {reason}; файл оставлен как был</translation>
    </message>
    <message>
        <source>Cannot save {file}: {reason}</source>
        <translation>Не удаётся сохранить {file}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Не удаётся прочитать {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Ярлык</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестный</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Выделить всё</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Шаг вв&amp;ерх</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Шаг вн&amp;из</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>Плавающее</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Отсоединяет и перегруппирует виджет</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Закрывает виджет</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Каталог:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Родительский каталог</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Подробный вид</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Перейти в родительский каталог</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Создать новую папку</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Переключить в режим списка</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Переключить в подробный режим</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Боковая панель</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Места и закладки</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Каталоги</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Показать ск&amp;рытые файлы</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Показать </translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 уже существует.
Заменить его?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Действительно удалить «%1»?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» защищён от записи.
Действительно удалить?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Не удалось удалить каталог.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Каталог не найден.
Проверьте правильность указанного имени каталога.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл не найден.
Проверьте правильность указанного имени файла.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Некорректное имя файла</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Имя «%1» не может быть использовано.&lt;/b&gt;&lt;p&gt;Попробуйте использовать имя меньшей длины и/или без символов пунктуации.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Показать подробности...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Скрыть подробности...</translation>
    </message>
</context>
<context>
    <name>QMimeType</name>
    <message>
        <source>OPML syndication feed</source>
        <translation>Лента новостей OPML</translation>
    </message>
    <message>
        <source>XML document</source>
        <translation>Документ XML</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>По умолчанию</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Скопировать &amp;адрес ссылки</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <source>No stored history yet</source>
        <translation>История курса ещё не сохранена</translation>
    </message>
    <message>
        <source>one day stored</source>
        <translation>сохранён один день</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 год</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the last {range}: the newest stored day is {day}</source>
        <translation>За последние {range} ничего нет: самый новый сохранённый день — {day}</translation>
    </message>
    <message>
        <source>{message}: {value} on {day}</source>
        <translation>{message}: {value} на {day}</translation>
    </message>
    <message>
        <source>{range}, from {first} to {last}</source>
        <translation>{range}, от {first} до {last}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days from {first} to {last}</source>
        <translation>
            <numerusform>%Ln день, с {first} по {last}</numerusform>
            <numerusform>%Ln дня, с {first} по {last}</numerusform>
            <numerusform>%Ln дней, с {first} по {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>, nothing stored since (the range ends {day})</source>
        <translation>, после этого ничего не сохранено (диапазон заканчивается {day})</translation>
    </message>
    <message>
        <source>; lowest {lowest} on {lowest_day}, highest {highest} on {highest_day}. Left and Right read one day at a time.</source>
        <translation>; минимум {lowest} на {lowest_day}, максимум {highest} на {highest_day}. Стрелки влево и вправо читают по одному дню.</translation>
    </message>
    <message>
        <source>Show every stored day</source>
        <translation>Показать все сохранённые дни</translation>
    </message>
    <message>
        <source>Show the last {range}</source>
        <translation>Показать последние {range}</translation>
    </message>
</context>
<context>
    <name>RateDetail</name>
    <message>
        <source>unknown (no earlier day stored)</source>
        <translation>неизвестно (нет данных за предыдущий день)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Out of date&lt;/b&gt;: %n day(s) old; the source publishes {cadence}, and no newer rate has been stored</source>
        <translation>
            <numerusform>&lt;b&gt;Устарел&lt;/b&gt;: курсу %n день; источник публикует {cadence}, а более свежий курс не сохранён</numerusform>
            <numerusform>&lt;b&gt;Устарел&lt;/b&gt;: курсу %n дня; источник публикует {cadence}, а более свежий курс не сохранён</numerusform>
            <numerusform>&lt;b&gt;Устарел&lt;/b&gt;: курсу %n дней; источник публикует {cadence}, а более свежий курс не сохранён</numerusform>
        </translation>
    </message>
    <message>
        <source>Change since the previous day: {change}</source>
        <translation>Изменение к предыдущему дню: {change}</translation>
    </message>
    <message numerus="yes">
        <source>Valid for {day} · Source: {source} · %n day(s) stored</source>
        <translation>
            <numerusform>Действует на {day} · Источник: {source} · сохранён %n день</numerusform>
            <numerusform>Действует на {day} · Источник: {source} · сохранено %n дня</numerusform>
            <numerusform>Действует на {day} · Источник: {source} · сохранено %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateSource</name>
    <message>
        <source>National Bank of Kazakhstan</source>
        <translation>Национальный банк Казахстана</translation>
    </message>
    <message>
        <source>National Bank of the Kyrgyz Republic</source>
        <translation>Национальный банк Кыргызской Республики</translation>
    </message>
    <message>
        <source>Central Bank of the Republic of Uzbekistan</source>
        <translation>Центральный банк Узбекистана</translation>
    </message>
    <message>
        <source>Bank of Russia</source>
        <translation>Банк России</translation>
    </message>
    <message>
        <source>National Bank of Tajikistan</source>
        <translation>Национальный банк Таджикистана</translation>
    </message>
    <message>
        <source>Central Bank of Turkmenistan</source>
        <translation>Центральный банк Туркменистана</translation>
    </message>
    <message>
        <source>European Central Bank</source>
        <translation>Европейский центральный банк</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>каждый день</translation>
    </message>
    <message>
        <source>on working days</source>
        <translation>по рабочим дням</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Article contents</source>
        <translation>Текст статьи</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Select an article to read it.</source>
        <translation>Выберите статью, чтобы прочитать её.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Refused to open {address}: not a web link</source>
        <translation>Не открыто {address}: это не веб-ссылка</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Since yesterday</source>
        <translation>Со вчерашнего дня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Поиск статей</translation>
    </message>
    <message>
        <source>Search titles and text  (/)</source>
        <translation>Поиск по статьям  (/)</translation>
    </message>
    <message>
        <source>Date filter: published</source>
        <translation>Фильтр по дате: опубликовано</translation>
    </message>
    <message>
        <source>Show articles published in this period</source>
        <translation>Показать статьи, опубликованные за этот период</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Опубликовано:</translation>
    </message>
    <message>
        <source>&amp;Next article</source>
        <translation>&amp;Следующая статья</translation>
    </message>
    <message>
        <source>&amp;Previous article</source>
        <translation>&amp;Предыдущая статья</translation>
    </message>
    <message>
        <source>Next &amp;unread article</source>
        <translation>Следующая &amp;непрочитанная статья</translation>
    </message>
    <message>
        <source>Page down, then next unread</source>
        <translation>Страница вниз, затем следующая непрочитанная</translation>
    </message>
    <message>
        <source>Toggle &amp;read</source>
        <translation>&amp;Отметить прочитанной или нет</translation>
    </message>
    <message>
        <source>Toggle &amp;star</source>
        <translation>&amp;Избранное: добавить или убрать</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Открыть в &amp;браузере</translation>
    </message>
    <message>
        <source>Play or open &amp;enclosure</source>
        <translation>Воспроизвести или открыть &amp;вложение</translation>
    </message>
    <message>
        <source>&amp;Fetch full text</source>
        <translation>Загрузить полный &amp;текст</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Поис&amp;к</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Крупнее текст</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Мельче текст</translation>
    </message>
    <message numerus="yes">
        <source>Showing 1–{loaded} of %Ln articles found</source>
        <translation>
            <numerusform>Показаны 1–{loaded} из %Ln найденной статьи</numerusform>
            <numerusform>Показаны 1–{loaded} из %Ln найденных статей</numerusform>
            <numerusform>Показаны 1–{loaded} из %Ln найденных статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing 1–{loaded} of %Ln articles</source>
        <translation>
            <numerusform>Показаны 1–{loaded} из %Ln статьи</numerusform>
            <numerusform>Показаны 1–{loaded} из %Ln статей</numerusform>
            <numerusform>Показаны 1–{loaded} из %Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) found</source>
        <translation>
            <numerusform>Найдена %Ln статья</numerusform>
            <numerusform>Найдено %Ln статьи</numerusform>
            <numerusform>Найдено %Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to search for: type a word</source>
        <translation>Нечего искать: введите слово</translation>
    </message>
    <message>
        <source>No article matches the search</source>
        <translation>Ни одна статья не подходит под запрос</translation>
    </message>
    <message>
        <source>No articles from this feed</source>
        <translation>Из этой ленты статей нет</translation>
    </message>
    <message>
        <source>Not checked yet — it is fetched with the first refresh online</source>
        <translation>Ещё не проверена — загрузится при первом обновлении в сети</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ещё не проверена</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Здесь пусто</translation>
    </message>
    <message>
        <source>No feeds yet</source>
        <translation>Лент пока нет</translation>
    </message>
    <message>
        <source>No articles stored yet — they arrive with the first refresh online</source>
        <translation>Сохранённых статей пока нет — они появятся при первом обновлении в сети</translation>
    </message>
    <message>
        <source>No articles yet — refreshing feeds…</source>
        <translation>Статей пока нет — ленты обновляются…</translation>
    </message>
    <message>
        <source>Add a feed by its address or a site&apos;s, or import the subscriptions exported from another feed reader (OPML).</source>
        <translation>Добавьте ленту по её адресу или адресу сайта либо импортируйте подписки, экспортированные из другой программы чтения лент (OPML).</translation>
    </message>
    <message>
        <source>Add a feed…</source>
        <translation>Добавить ленту…</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>Импорт OPML…</translation>
    </message>
    <message>
        <source> (since {when})</source>
        <translation> (с {when})</translation>
    </message>
    <message>
        <source>This feed could not be fetched</source>
        <translation>Эту ленту не удалось загрузить</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Edit address…</source>
        <translation>Изменить адрес…</translation>
    </message>
    <message>
        <source>Fetching the full text…</source>
        <translation>Загрузка полного текста…</translation>
    </message>
    <message>
        <source>Full text fetched</source>
        <translation>Полный текст загружен</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>причина неизвестна</translation>
    </message>
    <message>
        <source>No full text: {reason}</source>
        <translation>Нет полного текста: {reason}</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Отметить как непрочитанную</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Отметить как прочитанную</translation>
    </message>
    <message>
        <source>Remove star</source>
        <translation>Убрать из избранного</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>В избранное</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Открыть в браузере</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Копировать ссылку</translation>
    </message>
    <message>
        <source>Open enclosure</source>
        <translation>Открыть вложение</translation>
    </message>
    <message>
        <source>This article has no enclosure</source>
        <translation>У этой статьи нет вложений</translation>
    </message>
    <message>
        <source>No unread article below</source>
        <translation>Ниже нет непрочитанных статей</translation>
    </message>
</context>
<context>
    <name>RecoveryReport</name>
    <message>
        <source>Caravan&apos;s database was damaged; Caravan rebuilt it.</source>
        <translation>База данных Caravan была повреждена; Caravan восстановил её.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln подписка</numerusform>
            <numerusform>%Ln подписки</numerusform>
            <numerusform>%Ln подписок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message>
        <source>({marked} of them read or starred, marks kept)</source>
        <translation>(из них {marked} прочитаны или в избранном, отметки сохранены)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rate(s)</source>
        <translation>
            <numerusform>%Ln курс</numerusform>
            <numerusform>%Ln курса</numerusform>
            <numerusform>%Ln курсов</numerusform>
        </translation>
    </message>
    <message>
        <source>Read from the damaged file: {what}.</source>
        <translation>Прочитано из повреждённого файла: {what}.</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file.</source>
        <translation>Из повреждённого файла ничего не удалось прочитать.</translation>
    </message>
    <message>
        <source>Taken from the backup of {taken}: {what} the damaged file no longer held.</source>
        <translation>Взято из резервной копии от {taken}: {what}, которых уже не было в повреждённом файле.</translation>
    </message>
    <message>
        <source>The backup of {taken} was not needed.</source>
        <translation>Резервная копия от {taken} не понадобилась.</translation>
    </message>
    <message>
        <source>There was no backup to fill in what the damage took.</source>
        <translation>Резервной копии, чтобы восполнить потерянное, не было.</translation>
    </message>
    <message>
        <source>{pages} of the file&apos;s {total} pages</source>
        <translation>{pages} из {total} страниц файла</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) whose feed was lost</source>
        <translation>
            <numerusform>%Ln статья, чья лента потеряна</numerusform>
            <numerusform>%Ln статьи, чья лента потеряна</numerusform>
            <numerusform>%Ln статей, чья лента потеряна</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be read: {lost}. Articles still in their feeds come back at the next refresh.</source>
        <translation>Не удалось прочитать: {lost}. Статьи, которые ещё есть в лентах, вернутся при следующем обновлении.</translation>
    </message>
    <message>
        <source>Every page of the damaged file could be read.</source>
        <translation>Все страницы повреждённого файла прочитаны.</translation>
    </message>
    <message>
        <source>The damaged file is kept as {path}.</source>
        <translation>Повреждённый файл сохранён как {path}.</translation>
    </message>
    <message>
        <source>The damage: {reason}</source>
        <translation>Повреждение: {reason}</translation>
    </message>
    <message>
        <source>{reason}. Caravan cannot repair it here: {why}. Copy the folder somewhere Caravan can write and open the copy with --data-dir to repair it.</source>
        <translation>{reason}. Caravan не может восстановить её здесь: {why}. Скопируйте папку туда, где Caravan может писать, и откройте копию с --data-dir, чтобы восстановить её.</translation>
    </message>
    <message numerus="yes">
        <source>Caravan did not close its database last time, and the end of its write-ahead log ({file}) was damaged: the last %n change(s) saved before that could not be read and are lost. Everything saved before them is intact.</source>
        <translation>
            <numerusform>В прошлый раз Caravan не закрыл базу данных, и конец её журнала упреждающей записи ({file}) повреждён: последнее %n сохранённое изменение не удалось прочитать, оно потеряно. Всё сохранённое до него цело.</numerusform>
            <numerusform>В прошлый раз Caravan не закрыл базу данных, и конец её журнала упреждающей записи ({file}) повреждён: последние %n сохранённых изменения не удалось прочитать, они потеряны. Всё сохранённое до них цело.</numerusform>
            <numerusform>В прошлый раз Caravan не закрыл базу данных, и конец её журнала упреждающей записи ({file}) повреждён: последние %n сохранённых изменений не удалось прочитать, они потеряны. Всё сохранённое до них цело.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshSummary</name>
    <message numerus="yes">
        <source>{ok}/%Ln feeds ok</source>
        <translation>
            <numerusform>в порядке {ok} из %Ln ленты</numerusform>
            <numerusform>в порядке {ok} из %Ln лент</numerusform>
            <numerusform>в порядке {ok} из %Ln лент</numerusform>
        </translation>
    </message>
    <message>
        <source>rates {day}</source>
        <translation>курсы на {day}</translation>
    </message>
</context>
<context>
    <name>RelativeDate</name>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday, {time}</source>
        <translation>вчера, {time}</translation>
    </message>
</context>
<context>
    <name>RepairMessages</name>
    <message>
        <source>Caravan must repair its database</source>
        <translation>Caravan должен восстановить базу данных</translation>
    </message>
    <message>
        <source>Caravan found damage in its database and will now restart to repair it.</source>
        <translation>Caravan обнаружил повреждение базы данных и сейчас перезапустится, чтобы её восстановить.</translation>
    </message>
    <message>
        <source>Everything that can still be read is kept, and what cannot is taken from the newest backup; the damaged file is kept aside. You will be told what was saved.</source>
        <translation>Всё, что ещё читается, будет сохранено, а остальное возьмётся из последней резервной копии; повреждённый файл останется отдельно. Вам сообщат, что удалось спасти.</translation>
    </message>
    <message>
        <source>Restart and repair</source>
        <translation>Перезапустить и восстановить</translation>
    </message>
    <message>
        <source>Caravan repaired its database</source>
        <translation>Caravan восстановил базу данных</translation>
    </message>
    <message>
        <source>Caravan&apos;s database is damaged</source>
        <translation>База данных Caravan повреждена</translation>
    </message>
    <message>
        <source>Caravan found damage in its database and cannot repair it here.</source>
        <translation>Caravan обнаружил повреждение базы данных и не может восстановить её здесь.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Settings — Caravan</source>
        <translation>Настройки — Caravan</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Ленты</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновление</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Без сети</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Рабочий стол</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Saved in {file}; what you wrote there stays.</source>
        <translation>Сохраняется в {file}; написанное вами там остаётся.</translation>
    </message>
    <message>
        <source>Subscriptions are managed in the main window: File › Add feed…, and a right-click on a feed in the sidebar to rename, move or remove it.</source>
        <translation>Подписки управляются в главном окне: Файл › Добавить ленту…, а щелчок правой кнопкой по ленте в боковой панели позволяет переименовать, переместить или удалить её.</translation>
    </message>
    <message numerus="yes">
        <source>The configuration file lists %n feed(s) in [[feeds]] tables.</source>
        <translation>
            <numerusform>В файле настроек %n лента в таблицах [[feeds]].</numerusform>
            <numerusform>В файле настроек %n ленты в таблицах [[feeds]].</numerusform>
            <numerusform>В файле настроек %n лент в таблицах [[feeds]].</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is added to your subscriptions once, when Caravan starts; a feed you remove does not come back. Edit the file itself to change this list.</source>
        <translation>Каждая добавляется в подписки один раз, при запуске Caravan; удалённая лента не вернётся. Чтобы изменить этот список, правьте сам файл.</translation>
    </message>
    <message>
        <source>Feeds in the configuration file</source>
        <translation>Ленты в файле настроек</translation>
    </message>
    <message>
        <source>Check feeds every:</source>
        <translation>Проверять ленты каждые:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>A feed that asks for a longer wait (its ttl) gets it.</source>
        <translation>Лента, просящая ждать дольше (её ttl), получает своё.</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Уведомления:</translation>
    </message>
    <message>
        <source>Tell me when new articles arrive</source>
        <translation>Сообщать о новых статьях</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>the source&apos;s own address</source>
        <translation>собственный адрес источника</translation>
    </message>
    <message>
        <source>Address override:</source>
        <translation>Свой адрес:</translation>
    </message>
    <message>
        <source>A mirror, or a local server; when empty, the source&apos;s own.</source>
        <translation>Зеркало или локальный сервер; если пусто — адрес источника.</translation>
    </message>
    <message>
        <source>none (set them under [rates.urls] in the file)</source>
        <translation>нет (задаются в разделе [rates.urls] файла)</translation>
    </message>
    <message>
        <source>Per-source addresses:</source>
        <translation>Адреса источников:</translation>
    </message>
    <message>
        <source>Base currency:</source>
        <translation>Базовая валюта:</translation>
    </message>
    <message>
        <source>Pairs:</source>
        <translation>Пары:</translation>
    </message>
    <message>
        <source>Codes separated by commas: “KGS” is KGS against the base currency,
“USD/UZS” is that exact pair.</source>
        <translation>Коды через запятую: «KGS» — KGS к базовой валюте,
«USD/UZS» — именно эта пара.</translation>
    </message>
    <message>
        <source>Update every:</source>
        <translation>Обновлять каждые:</translation>
    </message>
    <message>
        <source>Official rates:</source>
        <translation>Официальные курсы:</translation>
    </message>
    <message>
        <source>Each Central Asian currency from its central bank</source>
        <translation>Каждая валюта Центральной Азии — от своего центрального банка</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Скорость:</translation>
    </message>
    <message>
        <source> px/s</source>
        <translation> пикс/с</translation>
    </message>
    <message>
        <source>Reduce motion:</source>
        <translation>Меньше движения:</translation>
    </message>
    <message>
        <source>Still pages that turn, instead of scrolling</source>
        <translation>Листать неподвижные страницы вместо прокрутки</translation>
    </message>
    <message>
        <source>Headlines:</source>
        <translation>Заголовки:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>The newest unread headlines, shown between the rates.</source>
        <translation>Новейшие непрочитанные заголовки между курсами.</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Изображения:</translation>
    </message>
    <message>
        <source>Download the images of new articles</source>
        <translation>Загружать изображения новых статей</translation>
    </message>
    <message>
        <source>Image cache:</source>
        <translation>Кэш изображений:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>The least recently shown images go first.</source>
        <translation>Первыми удаляются давно не показанные.</translation>
    </message>
    <message>
        <source>Full text:</source>
        <translation>Полный текст:</translation>
    </message>
    <message>
        <source>Fetch the full text of teaser articles</source>
        <translation>Загружать полный текст статей-анонсов</translation>
    </message>
    <message>
        <source>For feeds that send only a few lines. A feed&apos;s own setting
(right-click it in the sidebar) wins.</source>
        <translation>Для лент, присылающих лишь пару строк. Настройка самой ленты
(правый щелчок по ней в боковой панели) важнее.</translation>
    </message>
    <message>
        <source>Keep articles for:</source>
        <translation>Хранить статьи:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Всегда</translation>
    </message>
    <message>
        <source>Articles per feed:</source>
        <translation>Статей на ленту:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничений</translation>
    </message>
    <message>
        <source>Starred articles always stay.</source>
        <translation>Избранные статьи остаются всегда.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>“Follow the system” uses the desktop&apos;s light or dark setting.</source>
        <translation>«Как в системе» берёт светлую или тёмную тему рабочего стола.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Новый язык будет применён при следующем запуске.</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>Чтение:</translation>
    </message>
    <message>
        <source>Mark an article read when it is opened</source>
        <translation>Отмечать статью прочитанной при открытии</translation>
    </message>
    <message>
        <source>Ask before marking:</source>
        <translation>Спрашивать перед отметкой:</translation>
    </message>
    <message>
        <source> articles</source>
        <translation> статей</translation>
    </message>
    <message>
        <source>Never ask</source>
        <translation>Не спрашивать</translation>
    </message>
    <message>
        <source>“Mark all as read” asks first when it would mark more articles
than this; the status bar offers to undo it either way.</source>
        <translation>«Отметить все как прочитанные» сначала спросит, если статей
больше этого числа; строка состояния в любом случае предложит отмену.</translation>
    </message>
    <message>
        <source>Start Caravan when I log in</source>
        <translation>Запускать Caravan при входе в систему</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Вход:</translation>
    </message>
    <message>
        <source>It opens in the tray, or as the compact ticker
if that is how you left it.</source>
        <translation>Открывается в трее или компактной бегущей строкой,
если вы её так оставили.</translation>
    </message>
    <message>
        <source>Applications menu:</source>
        <translation>Меню приложений:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Sync server address</source>
        <translation>Адрес сервера синхронизации</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Sync user name</source>
        <translation>Имя пользователя синхронизации</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Sync password</source>
        <translation>Пароль синхронизации</translation>
    </message>
    <message>
        <source>A Google Reader API server: Miniflux (its address),
FreshRSS (…/api/greader.php) and others. The password is
kept in the system&apos;s keyring, never in a file.</source>
        <translation>Сервер с Google Reader API: Miniflux (его адрес),
FreshRSS (…/api/greader.php) и другие. Пароль хранится
в системной связке ключей, никогда в файле.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Sign in to the sync server</source>
        <translation>Войти на сервер синхронизации</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Sign out of the sync server</source>
        <translation>Выйти с сервера синхронизации</translation>
    </message>
    <message>
        <source>Local feeds: check the folders to move into the account; the others stay local, fetched by Caravan.</source>
        <translation>Локальные ленты: отметьте папки, которые перейдут в учётную запись; остальные останутся локальными, их будет загружать Caravan.</translation>
    </message>
    <message>
        <source>Local folders to move into the sync account</source>
        <translation>Локальные папки для переноса в учётную запись синхронизации</translation>
    </message>
    <message>
        <source>Move into the account</source>
        <translation>Перенести в учётную запись</translation>
    </message>
    <message>
        <source>Move the checked folders into the sync account</source>
        <translation>Перенести отмеченные папки в учётную запись синхронизации</translation>
    </message>
    <message>
        <source>(no folder)</source>
        <translation>(без папки)</translation>
    </message>
    <message numerus="yes">
        <source>{folder}: %n feeds</source>
        <translation>
            <numerusform>{folder}: %n лента</numerusform>
            <numerusform>{folder}: %n ленты</numerusform>
            <numerusform>{folder}: %n лент</numerusform>
        </translation>
    </message>
    <message>
        <source>No folder is checked.</source>
        <translation>Не отмечено ни одной папки.</translation>
    </message>
    <message>
        <source>Not moved: {error}.</source>
        <translation>Не перенесено: {error}.</translation>
    </message>
    <message numerus="yes">
        <source>%n feeds move into the account with this sync.</source>
        <translation>
            <numerusform>%n лента перейдёт в учётную запись при этой синхронизации.</numerusform>
            <numerusform>%n ленты перейдут в учётную запись при этой синхронизации.</numerusform>
            <numerusform>%n лент перейдут в учётную запись при этой синхронизации.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sync account: Caravan fetches every feed itself.</source>
        <translation>Учётной записи синхронизации нет: Caravan сам загружает все ленты.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Signed in as {user} on {server}.</source>
        <translation>Вход выполнен: {user} на {server}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln feed(s) synced</source>
        <translation>
            <numerusform>%Ln лента синхронизирована</numerusform>
            <numerusform>%Ln ленты синхронизированы</numerusform>
            <numerusform>%Ln лент синхронизировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln изменение ждёт отправки</numerusform>
            <numerusform>%Ln изменения ждут отправки</numerusform>
            <numerusform>%Ln изменений ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync: {when}.</source>
        <translation>последняя синхронизация: {when}.</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Последняя ошибка: {error}</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Not signed in: {error}.</source>
        <translation>Вход не выполнен: {error}.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Вход выполнен.</translation>
    </message>
    <message>
        <source>Signed in; {reason}, so it is asked at each start.</source>
        <translation>Вход выполнен; {reason}, поэтому пароль спрашивается при каждом запуске.</translation>
    </message>
    <message>
        <source>Signed out; the feeds stay, fetched by Caravan.</source>
        <translation>Выход выполнен; ленты остаются, их загружает Caravan.</translation>
    </message>
    <message>
        <source>Not saved. {error}.</source>
        <translation>Не сохранено. {error}.</translation>
    </message>
    <message>
        <source>Caravan is in the applications menu.</source>
        <translation>Caravan есть в меню приложений.</translation>
    </message>
    <message>
        <source>Caravan is not in the applications menu.</source>
        <translation>Caravan нет в меню приложений.</translation>
    </message>
    <message>
        <source>Remove from the menu</source>
        <translation>Убрать из меню</translation>
    </message>
    <message>
        <source>Add to the menu</source>
        <translation>Добавить в меню</translation>
    </message>
    <message>
        <source>Not saved. {problems}</source>
        <translation>Не сохранено. {problems}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Feeds</source>
        <translation>Ленты</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <source>Paused: not fetched</source>
        <translation>Приостановлена: не загружается</translation>
    </message>
    <message>
        <source>Error ({count}×): {error}</source>
        <translation>Ошибка ({count}×): {error}</translation>
    </message>
    <message>
        <source>{folder}, empty folder</source>
        <translation>{folder}, пустая папка</translation>
    </message>
    <message>
        <source>An empty folder: drag feeds here</source>
        <translation>Пустая папка: перетащите сюда ленты</translation>
    </message>
    <message numerus="yes">
        <source>{label}, %Ln unread</source>
        <translation>
            <numerusform>{label}, %Ln непрочитанная</numerusform>
            <numerusform>{label}, %Ln непрочитанные</numerusform>
            <numerusform>{label}, %Ln непрочитанных</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another Caravan is using {folder} but does not answer (it may be showing a message of its own). Close it, then start Caravan again.</source>
        <translation>Другой запущенный Caravan использует {folder}, но не отвечает (возможно, он показывает своё сообщение). Закройте его и запустите Caravan снова.</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
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
        <translation>Ход обновления</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Обновить сейчас</translation>
    </message>
    <message>
        <source>Starting: the first refresh follows in a moment</source>
        <translation>Запуск: первое обновление начнётся через мгновение</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s)</source>
        <translation>
            <numerusform>%Ln новая статья</numerusform>
            <numerusform>%Ln новые статьи</numerusform>
            <numerusform>%Ln новых статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing {done}/%Ln feed(s)</source>
        <translation>
            <numerusform>Обновление: {done} из %Ln ленты</numerusform>
            <numerusform>Обновление: {done} из %Ln лент</numerusform>
            <numerusform>Обновление: {done} из %Ln лент</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feed(s) in error</source>
        <translation>
            <numerusform>%Ln лента с ошибкой</numerusform>
            <numerusform>%Ln ленты с ошибкой</numerusform>
            <numerusform>%Ln лент с ошибкой</numerusform>
        </translation>
    </message>
    <message>
        <source> — another refresh follows</source>
        <translation> — затем ещё одно обновление</translation>
    </message>
    <message>
        <source>Another refresh follows</source>
        <translation>Затем ещё одно обновление</translation>
    </message>
    <message>
        <source>Offline since {time} — refreshing resumes when the network returns</source>
        <translation>Без сети с {time} — обновление возобновится, когда сеть вернётся</translation>
    </message>
    <message>
        <source>Offline at {time} — showing stored articles and rates</source>
        <translation>Без сети в {time} — показаны сохранённые статьи и курсы</translation>
    </message>
    <message>
        <source>Updated at {time}: {round}</source>
        <translation>Обновлено в {time}: {round}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Без сети</translation>
    </message>
    <message>
        <source>{reason}: showing what is stored</source>
        <translation>{reason}: показано сохранённое</translation>
    </message>
    <message>
        <source>No network: showing what is stored</source>
        <translation>Нет сети: показано сохранённое</translation>
    </message>
    <message>
        <source>Offline — showing stored articles and rates</source>
        <translation>Без сети — показаны сохранённые статьи и курсы</translation>
    </message>
    <message numerus="yes">
        <source>{checked} of %Ln feeds checked</source>
        <translation>
            <numerusform>проверено {checked} из %Ln ленты</numerusform>
            <numerusform>проверено {checked} из %Ln лент</numerusform>
            <numerusform>проверено {checked} из %Ln лент</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feed(s) checked</source>
        <translation>
            <numerusform>проверена %Ln лента</numerusform>
            <numerusform>проверены %Ln ленты</numerusform>
            <numerusform>проверено %Ln лент</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln old removed</source>
        <translation>
            <numerusform>удалено старых статей: %Ln</numerusform>
            <numerusform>удалено старых статей: %Ln</numerusform>
            <numerusform>удалено старых статей: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>rates failed</source>
        <translation>курсы не загрузились</translation>
    </message>
    <message>
        <source>rates of {day}</source>
        <translation>курсы на {day}</translation>
    </message>
    <message>
        <source>rates unchanged</source>
        <translation>курсы без изменений</translation>
    </message>
    <message numerus="yes">
        <source>%n rate source(s) failed</source>
        <translation>
            <numerusform>%n источник курсов не ответил</numerusform>
            <numerusform>%n источника курсов не ответили</numerusform>
            <numerusform>%n источников курсов не ответили</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) wait(s) as the server asked (Retry-After)</source>
        <translation>
            <numerusform>%n лента ждёт по просьбе сервера (Retry-After)</numerusform>
            <numerusform>%n ленты ждут по просьбе сервера (Retry-After)</numerusform>
            <numerusform>%n лент ждут по просьбе сервера (Retry-After)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing feed(s) wait(s) for the next check</source>
        <translation>
            <numerusform>%n лента с ошибкой ждёт следующей проверки</numerusform>
            <numerusform>%n ленты с ошибкой ждут следующей проверки</numerusform>
            <numerusform>%n лент с ошибкой ждут следующей проверки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln full text(s)</source>
        <translation>
            <numerusform>%Ln полный текст</numerusform>
            <numerusform>%Ln полных текста</numerusform>
            <numerusform>%Ln полных текстов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) kept offline</source>
        <translation>
            <numerusform>%Ln изображение сохранено для чтения без сети</numerusform>
            <numerusform>%Ln изображения сохранены для чтения без сети</numerusform>
            <numerusform>%Ln изображений сохранены для чтения без сети</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Subscriptions</name>
    <message>
        <source>&amp;Add feed…</source>
        <translation>&amp;Добавить ленту…</translation>
    </message>
    <message>
        <source>&amp;Import subscriptions (OPML)…</source>
        <translation>&amp;Импорт подписок (OPML)…</translation>
    </message>
    <message>
        <source>&amp;Export subscriptions (OPML)…</source>
        <translation>&amp;Экспорт подписок (OPML)…</translation>
    </message>
    <message>
        <source>New &amp;folder…</source>
        <translation>Новая &amp;папка…</translation>
    </message>
    <message>
        <source>Feeds with &amp;errors…</source>
        <translation>Ленты с &amp;ошибками…</translation>
    </message>
    <message>
        <source>Edit feed address</source>
        <translation>Изменение адреса ленты</translation>
    </message>
    <message>
        <source>{feed} now comes from {address}</source>
        <translation>{feed} теперь загружается с {address}</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %n feed(s)</source>
        <translation>
            <numerusform>Вы подписались на %n ленту</numerusform>
            <numerusform>Вы подписались на %n ленты</numerusform>
            <numerusform>Вы подписались на %n лент</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed to {address}</source>
        <translation>Вы подписались на {address}</translation>
    </message>
    <message>
        <source>{done}. {reason}: its articles come with the first refresh online</source>
        <translation>{done}. {reason}: статьи появятся при первом обновлении в сети</translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>Импорт подписок</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml)</source>
        <translation>Файлы OPML (*.opml *.xml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot import {file}: {error}</source>
        <translation>Не удалось импортировать {file}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new feed(s)</source>
        <translation>
            <numerusform>Импортирована %Ln новая лента</numerusform>
            <numerusform>Импортированы %Ln новые ленты</numerusform>
            <numerusform>Импортировано %Ln новых лент</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already subscribed</source>
        <translation>
            <numerusform>%Ln уже в подписках</numerusform>
            <numerusform>%Ln уже в подписках</numerusform>
            <numerusform>%Ln уже в подписках</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries skipped</source>
        <translation>
            <numerusform>%Ln запись пропущена</numerusform>
            <numerusform>%Ln записи пропущены</numerusform>
            <numerusform>%Ln записей пропущено</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}: fetched when online</source>
        <translation>{reason}: загрузятся, когда появится сеть</translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Экспорт подписок</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>Файлы OPML (*.opml)</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>Не удалось записать {file}: {error}</translation>
    </message>
    <message>
        <source>Subscriptions written to {file}</source>
        <translation>Подписки сохранены в {file}</translation>
    </message>
    <message>
        <source>Refresh this feed</source>
        <translation>Обновить эту ленту</translation>
    </message>
    <message>
        <source>Paused: resume fetching first</source>
        <translation>Загрузка приостановлена: сначала возобновите её</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Отметить все как прочитанные</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Свойства…</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Копировать адрес</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Открыть сайт</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Move to folder…</source>
        <translation>Переместить в папку…</translation>
    </message>
    <message>
        <source>Resume fetching</source>
        <translation>Возобновить загрузку</translation>
    </message>
    <message>
        <source>Pause fetching</source>
        <translation>Приостановить загрузку</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Полный текст</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Refreshing {feed}…</source>
        <translation>Обновляется {feed}…</translation>
    </message>
    <message>
        <source>Refused to open {address}: not a web link</source>
        <translation>{address} не открыт: это не веб-ссылка</translation>
    </message>
    <message>
        <source>Rename feed</source>
        <translation>Переименование ленты</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>Перемещение в папку</translation>
    </message>
    <message>
        <source>Folder (empty for none):</source>
        <translation>Папка (пусто — без папки):</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Удаление ленты</translation>
    </message>
    <message>
        <source>Unsubscribe from {feed} and delete its articles?</source>
        <translation>Отписаться от ленты {feed} и удалить её статьи?</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n новая статья</numerusform>
            <numerusform>%n новые статьи</numerusform>
            <numerusform>%n новых статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>отправлено %n изменение</numerusform>
            <numerusform>отправлено %n изменения</numerusform>
            <numerusform>отправлено %n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) taken from the server</source>
        <translation>
            <numerusform>%n отметка получена с сервера</numerusform>
            <numerusform>%n отметки получены с сервера</numerusform>
            <numerusform>%n отметок получено с сервера</numerusform>
        </translation>
    </message>
    <message>
        <source>feeds +{added} -{removed}</source>
        <translation>ленты +{added} −{removed}</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>отправка изменений</translation>
    </message>
    <message>
        <source>reading read and starred marks</source>
        <translation>получение отметок о прочтении и избранного</translation>
    </message>
    <message>
        <source>fetching articles</source>
        <translation>загрузка статей</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>S&amp;ync with server</source>
        <translation>Син&amp;хронизировать с сервером</translation>
    </message>
    <message>
        <source>No sync account is set up (Settings, Sync)</source>
        <translation>Учётная запись синхронизации не настроена (Настройки, Синхронизация)</translation>
    </message>
    <message>
        <source>Sync paused: no password (none is kept in a keyring)</source>
        <translation>Синхронизация приостановлена: нет пароля (в связке ключей его нет)</translation>
    </message>
    <message>
        <source>Syncing with the server…</source>
        <translation>Синхронизация с сервером…</translation>
    </message>
    <message>
        <source>Send the changes made here and take the server&apos;s</source>
        <translation>Отправить сделанные здесь изменения и получить изменения сервера</translation>
    </message>
    <message>
        <source>A sync is running; another follows it</source>
        <translation>Синхронизация уже идёт; следом будет ещё одна</translation>
    </message>
    <message>
        <source>Sync password</source>
        <translation>Пароль синхронизации</translation>
    </message>
    <message>
        <source>No keyring keeps the password here.
Password of {user} on {server}:</source>
        <translation>Здесь нет связки ключей для пароля.
Пароль {user} на {server}:</translation>
    </message>
    <message>
        <source>Syncing: {stage} ({done})</source>
        <translation>Синхронизация: {stage} ({done})</translation>
    </message>
    <message>
        <source>Sync failed at {time}: {error}</source>
        <translation>Синхронизация не удалась в {time}: {error}</translation>
    </message>
    <message>
        <source>Synced at {time}: {summary}</source>
        <translation>Синхронизировано в {time}: {summary}</translation>
    </message>
</context>
<context>
    <name>Ticker</name>
    <message>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>P or Ctrl+Shift+P resumes</source>
        <translation>P или Ctrl+Shift+P — продолжить</translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <source>No rates yet</source>
        <translation>Курсов пока нет</translation>
    </message>
</context>
<context>
    <name>TickerAccess</name>
    <message>
        <source>Opens its article</source>
        <translation>Открывает статью</translation>
    </message>
    <message>
        <source>Opens its detail</source>
        <translation>Открывает подробности</translation>
    </message>
</context>
<context>
    <name>TickerItems</name>
    <message numerus="yes">
        <source>Valid for {day} (%n days ago)</source>
        <translation>
            <numerusform>Действует на {day} (%n день назад)</numerusform>
            <numerusform>Действует на {day} (%n дня назад)</numerusform>
            <numerusform>Действует на {day} (%n дней назад)</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid for {day}</source>
        <translation>Действует на {day}</translation>
    </message>
    <message>
        <source>Change since the previous day: {change}</source>
        <translation>Изменение за день: {change}</translation>
    </message>
    <message>
        <source>Change: unknown (no earlier rate stored)</source>
        <translation>Изменение: неизвестно (нет сохранённого курса за прошлые дни)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Out of date&lt;/b&gt;: the source publishes every day, and no newer rate has been stored</source>
        <translation>&lt;b&gt;Устарел&lt;/b&gt;: источник публикует курс каждый день, а более новый курс не сохранён</translation>
    </message>
    <message>
        <source>&lt;b&gt;Out of date&lt;/b&gt;: the source publishes on working days, and no newer rate has been stored</source>
        <translation>&lt;b&gt;Устарел&lt;/b&gt;: источник публикует курс по рабочим дням, а более новый курс не сохранён</translation>
    </message>
    <message>
        <source>{base} to {quote} {value}</source>
        <translation>{base}: {value} ({quote})</translation>
    </message>
    <message>
        <source>, up {amount} percent</source>
        <translation>, рост на {amount} процента</translation>
    </message>
    <message>
        <source>, down {amount} percent</source>
        <translation>, снижение на {amount} процента</translation>
    </message>
    <message>
        <source>, unchanged</source>
        <translation>, без изменений</translation>
    </message>
    <message>
        <source>, out of date: the rate of {day}</source>
        <translation>, устарел: курс на {day}</translation>
    </message>
    <message>
        <source>Click for the detail</source>
        <translation>Нажмите, чтобы открыть подробности</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Click to read</source>
        <translation>Нажмите, чтобы прочитать</translation>
    </message>
    <message>
        <source>Headline: {title}, from {feed}</source>
        <translation>Заголовок: {title}, лента {feed}</translation>
    </message>
</context>
<context>
    <name>TickerMode</name>
    <message>
        <source>Rates</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>&amp;Pause the ticker</source>
        <translation>&amp;Приостановить бегущую строку</translation>
    </message>
    <message>
        <source>&amp;Reduce motion (still pages)</source>
        <translation>&amp;Меньше движения (неподвижные страницы)</translation>
    </message>
    <message>
        <source>&amp;Compact ticker (reader hidden)</source>
        <translation>&amp;Компактная бегущая строка (окно чтения скрыто)</translation>
    </message>
    <message>
        <source>Compact ticker at the &amp;bottom edge</source>
        <translation>Компактная строка у &amp;нижнего края</translation>
    </message>
    <message>
        <source>&amp;Show the reader</source>
        <translation>&amp;Показать окно чтения</translation>
    </message>
    <message>
        <source>&amp;Top edge</source>
        <translation>&amp;Верхний край</translation>
    </message>
    <message>
        <source>&amp;Bottom edge</source>
        <translation>&amp;Нижний край</translation>
    </message>
    <message>
        <source>Sc&amp;reen</source>
        <translation>&amp;Экран</translation>
    </message>
    <message>
        <source>Screen of the compact ticker</source>
        <translation>Экран компактной бегущей строки</translation>
    </message>
    <message>
        <source>No rates yet</source>
        <translation>Курсов пока нет</translation>
    </message>
    <message>
        <source>Show rate &amp;ticker</source>
        <translation>Показать &amp;бегущую строку курсов</translation>
    </message>
    <message>
        <source>Rate &amp;details</source>
        <translation>&amp;Подробности курса</translation>
    </message>
    <message>
        <source>Offline — no rates stored yet</source>
        <translation>Без сети — курсы ещё не сохранены</translation>
    </message>
    <message>
        <source>Loading rates…</source>
        <translation>Загрузка курсов…</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show or hide the reader</source>
        <translation>Показать или скрыть окно чтения</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Обновить сейчас</translation>
    </message>
    <message>
        <source>Quit Caravan</source>
        <translation>Выйти из Caravan</translation>
    </message>
    <message numerus="yes">
        <source>Caravan — %Ln unread</source>
        <translation>
            <numerusform>Caravan — %Ln непрочитанная</numerusform>
            <numerusform>Caravan — %Ln непрочитанные</numerusform>
            <numerusform>Caravan — %Ln непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <source>Caravan — all read</source>
        <translation>Caravan — всё прочитано</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
</context>
<context>
    <name>WindowContext</name>
    <message>
        <source>Caravan was started offline (--offline)</source>
        <translation>Caravan запущен без сети (--offline)</translation>
    </message>
    <message>
        <source>{reason}: feeds and rates are not refreshed</source>
        <translation>{reason}: ленты и курсы не обновляются</translation>
    </message>
    <message>
        <source>{reason}: the article&apos;s page is not fetched</source>
        <translation>{reason}: страница статьи не загружается</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Не удалось сохранить: {error}</translation>
    </message>
</context>
</TS>
