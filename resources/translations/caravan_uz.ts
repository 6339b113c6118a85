<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_UZ">
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add feed</source>
        <translation>Lenta qoʻshish</translation>
    </message>
    <message>
        <source>https://example.com/feed.xml or the site&apos;s address</source>
        <translation>https://example.com/feed.xml yoki sayt manzili</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Manzil</translation>
    </message>
    <message>
        <source>The feed&apos;s own title</source>
        <translation>Lentaning oʻz nomi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Jild</translation>
    </message>
    <message>
        <source>None, or type a new folder</source>
        <translation>Jildsiz yoki yangi jild nomini yozing</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Manzil:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nomi:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Jild:</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Tekshirilmoqda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Feeds found</source>
        <translation>Topilgan lentalar</translation>
    </message>
    <message>
        <source>Subscribe without checking the address</source>
        <translation>Manzilni tekshirmasdan obuna boʻlish</translation>
    </message>
    <message>
        <source>Subscribe without checking</source>
        <translation>Tekshirmasdan obuna boʻlish</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Obuna boʻlish</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Obuna boʻlish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>{reason}: nothing can be subscribed.</source>
        <translation>{reason}: obuna boʻlib boʻlmaydi.</translation>
    </message>
    <message>
        <source>{reason}: the address cannot be checked now. You may subscribe without checking; its articles come with the first refresh online.</source>
        <translation>{reason}: manzilni hozir tekshirib boʻlmaydi. Tekshirmasdan obuna boʻlishingiz mumkin: maqolalar internetga ulangandan keyingi birinchi yangilanishda keladi.</translation>
    </message>
    <message>
        <source>Already subscribed to {address}</source>
        <translation>{address} manziliga allaqachon obuna boʻlgansiz</translation>
    </message>
    <message>
        <source>Tick at least one of the feeds found</source>
        <translation>Topilgan lentalardan kamida bittasini belgilang</translation>
    </message>
    <message>
        <source>{reason}: tick “Subscribe without checking” to subscribe anyway</source>
        <translation>{reason}: baribir obuna boʻlish uchun «Tekshirmasdan obuna boʻlish» belgisini qoʻying</translation>
    </message>
    <message>
        <source>Checking {address}…</source>
        <translation>{address} tekshirilmoqda…</translation>
    </message>
    <message>
        <source>{reason}. Nothing subscribed.</source>
        <translation>{reason}. Hech narsaga obuna boʻlinmadi.</translation>
    </message>
    <message>
        <source>{address} (already subscribed)</source>
        <translation>{address} (obuna boʻlingan)</translation>
    </message>
    <message numerus="yes">
        <source>{address} is a web page that links to %n feed(s): tick those to subscribe to.</source>
        <translation>
            <numerusform>{address} — %n ta lentaga havola beradigan veb-sahifa: obuna boʻlmoqchi boʻlganlaringizni belgilang.</numerusform>
            <numerusform>{address} — %n ta lentaga havola beradigan veb-sahifa: obuna boʻlmoqchi boʻlganlaringizni belgilang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Tekshiruv bekor qilindi.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Caravan is already running</source>
        <translation>Caravan allaqachon ishga tushgan</translation>
    </message>
    <message>
        <source>Caravan is already running.</source>
        <translation>Caravan allaqachon ishga tushgan.</translation>
    </message>
    <message>
        <source>Caravan is already running: its window was brought forward.</source>
        <translation>Caravan allaqachon ishga tushgan: uning oynasi oldinga chiqarildi.</translation>
    </message>
    <message>
        <source>Caravan cannot open its database</source>
        <translation>Caravan maʼlumotlar bazasini ocha olmayapti</translation>
    </message>
    <message>
        <source>Recent changes were lost</source>
        <translation>Soʻnggi oʻzgarishlar yoʻqoldi</translation>
    </message>
    <message>
        <source>Configuration problems</source>
        <translation>Sozlamalardagi xatolar</translation>
    </message>
</context>
<context>
    <name>ArticleList</name>
    <message>
        <source>(untitled)</source>
        <translation>(nomsiz)</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>oʻqilmagan</translation>
    </message>
    <message>
        <source>read</source>
        <translation>oʻqilgan</translation>
    </message>
    <message>
        <source>, starred</source>
        <translation>, saralanganlarda</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Maqolalar</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>(untitled)</source>
        <translation>(nomsiz)</translation>
    </message>
    <message>
        <source>Open the original</source>
        <translation>Asl nusxasini ochish</translation>
    </message>
    <message>
        <source>Full text from the article&apos;s page</source>
        <translation>Maqola sahifasidan toʻliq matn</translation>
    </message>
    <message>
        <source>The feed&apos;s text</source>
        <translation>Lentadagi matn</translation>
    </message>
    <message>
        <source>Show the feed&apos;s text</source>
        <translation>Lentadagi matnni koʻrsatish</translation>
    </message>
    <message>
        <source>Show the full text</source>
        <translation>Toʻliq matnni koʻrsatish</translation>
    </message>
    <message>
        <source>no full text: {reason}</source>
        <translation>toʻliq matn yoʻq: {reason}</translation>
    </message>
    <message>
        <source>Fetch the full text</source>
        <translation>Toʻliq matnni yuklash</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--add-feed is for the window; with a command, use `caravan add-feed URL` (nothing was done)</source>
        <translation>--add-feed oyna uchun; buyruq bilan `caravan add-feed URL` dan foydalaning (hech narsa qilinmadi)</translation>
    </message>
    <message>
        <source>{reason}; nothing was changed</source>
        <translation>{reason}; hech narsa oʻzgartirilmadi</translation>
    </message>
    <message>
        <source>repairing the database and running the command again</source>
        <translation>maʼlumotlar bazasi tiklanmoqda va buyruq qayta bajarilmoqda</translation>
    </message>
    <message>
        <source>{file} is a directory, not a configuration file</source>
        <translation>{file} — jild, sozlamalar fayli emas</translation>
    </message>
    <message>
        <source>cannot create the configuration {file}: {folder} is not a directory</source>
        <translation>{file} sozlamalar faylini yaratib boʻlmaydi: {folder} jild emas</translation>
    </message>
    <message>
        <source>{folder} is a file, not a data directory</source>
        <translation>{folder} — fayl, maʼlumotlar jildi emas</translation>
    </message>
    <message>
        <source>cannot use {folder} as the data directory: {error}</source>
        <translation>{folder} ni maʼlumotlar jildi sifatida ishlatib boʻlmaydi: {error}</translation>
    </message>
    <message>
        <source>{reason}: nothing was refreshed</source>
        <translation>{reason}: hech narsa yangilanmadi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>xato</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>oʻzgarmagan</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>kutmoqda</translation>
    </message>
    <message>
        <source>rates</source>
        <translation>kurslar</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n yangi</numerusform>
            <numerusform>%n yangi</numerusform>
        </translation>
    </message>
    <message>
        <source>its server asked not to be fetched before {when}</source>
        <translation>server {when} gacha yuklamaslikni soʻradi</translation>
    </message>
    <message>
        <source>failing; already retried once early, next check {when}</source>
        <translation>xato; muddatidan oldin bir marta takrorlandi, keyingi tekshiruv {when}</translation>
    </message>
    <message>
        <source>rates ({source}): {error}</source>
        <translation>kurslar ({source}): {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n currencies</source>
        <translation>
            <numerusform>%n ta valyuta</numerusform>
            <numerusform>%n ta valyuta</numerusform>
        </translation>
    </message>
    <message>
        <source>rates ({source})</source>
        <translation>kurslar ({source})</translation>
    </message>
    <message>
        <source>{error}; nothing subscribed (--force subscribes anyway)</source>
        <translation>{error}; hech narsaga obuna boʻlinmadi (--force baribir obuna qiladi)</translation>
    </message>
    <message>
        <source>anyway (--force)</source>
        <translation>baribir (--force)</translation>
    </message>
    <message>
        <source>it also links to {address}</source>
        <translation>shuningdek {address} ga havola beradi</translation>
    </message>
    <message>
        <source>Added feed {id} {how}: {address}</source>
        <translation>{id}-lenta qoʻshildi {how}: {address}</translation>
    </message>
    <message>
        <source>Added feed {id}: {address}</source>
        <translation>{id}-lenta qoʻshildi: {address}</translation>
    </message>
    <message>
        <source>Already subscribed (feed {id}): {address}</source>
        <translation>Obuna allaqachon bor ({id}-lenta): {address}</translation>
    </message>
    <message>
        <source>No subscriptions yet: caravan add-feed URL, or caravan import-opml FILE</source>
        <translation>Obuna hozircha yoʻq: caravan add-feed URL yoki caravan import-opml FILE</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread</source>
        <translation>
            <numerusform>%Ln oʻqilmagan</numerusform>
            <numerusform>%Ln oʻqilmagan</numerusform>
        </translation>
    </message>
    <message>
        <source>error since {since} ({count}×): {error}</source>
        <translation>{since} dan beri xato ({count}×): {error}</translation>
    </message>
    <message>
        <source>last checked {when}</source>
        <translation>oxirgi tekshiruv {when}</translation>
    </message>
    <message>
        <source>next {when}</source>
        <translation>keyingisi {when}</translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>har %n daq</numerusform>
            <numerusform>har %n daq</numerusform>
        </translation>
    </message>
    <message>
        <source>full text: always</source>
        <translation>toʻliq matn: doim</translation>
    </message>
    <message>
        <source>full text: never</source>
        <translation>toʻliq matn: hech qachon</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>oʻchirilgan</translation>
    </message>
    <message>
        <source>error</source>
        <translation>xato</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>yaxshi</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>hali tekshirilmagan</translation>
    </message>
    <message>
        <source>no feed with id {id} (see `caravan feeds`)</source>
        <translation>id {id} bilan lenta yoʻq (`caravan feeds` ga qarang)</translation>
    </message>
    <message>
        <source>nothing changed: give edit-feed {id} at least one of {options}</source>
        <translation>hech narsa oʻzgarmadi: edit-feed {id} uchun {options} dan kamida bittasini bering</translation>
    </message>
    <message>
        <source>--interval must be between 0 and 10080 minutes</source>
        <translation>--interval 0 dan 10080 daqiqagacha boʻlishi kerak</translation>
    </message>
    <message>
        <source>Feed {id} updated: {changes}</source>
        <translation>{id}-lenta yangilandi: {changes}</translation>
    </message>
    <message>
        <source>title {title}</source>
        <translation>nomi {title}</translation>
    </message>
    <message>
        <source>the feed&apos;s own title</source>
        <translation>lentaning oʻz nomi</translation>
    </message>
    <message>
        <source>folder {folder}</source>
        <translation>jild {folder}</translation>
    </message>
    <message>
        <source>no folder</source>
        <translation>jildsiz</translation>
    </message>
    <message>
        <source>the global interval</source>
        <translation>umumiy oraliq</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>yoqilgan</translation>
    </message>
    <message>
        <source>full text {choice}</source>
        <translation>toʻliq matn {choice}</translation>
    </message>
    <message numerus="yes">
        <source>Removed feed {id} and its %n article(s)</source>
        <translation>
            <numerusform>{id}-lenta va uning %n ta maqolasi oʻchirildi</numerusform>
            <numerusform>{id}-lenta va uning %n ta maqolasi oʻchirildi</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read {file}: {error}</source>
        <translation>{file} ni oʻqib boʻlmaydi: {error}</translation>
    </message>
    <message>
        <source>{file}: {error}; nothing imported</source>
        <translation>{file}: {error}; hech narsa import qilinmadi</translation>
    </message>
    <message>
        <source>skipped {reason}</source>
        <translation>oʻtkazib yuborildi: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new feed(s)</source>
        <translation>
            <numerusform>%n ta yangi lenta import qilindi</numerusform>
            <numerusform>%n ta yangi lenta import qilindi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n tasiga allaqachon obuna boʻlingan</numerusform>
            <numerusform>%n tasiga allaqachon obuna boʻlingan</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write {file}: {error}</source>
        <translation>{file} ga yozib boʻlmaydi: {error}</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>{file} ga yozildi</translation>
    </message>
    <message>
        <source>{reason}: showing the stored rates</source>
        <translation>{reason}: saqlangan kurslar koʻrsatilmoqda</translation>
    </message>
    <message>
        <source>{error}; showing what is stored</source>
        <translation>{error}; saqlangani koʻrsatilmoqda</translation>
    </message>
    <message>
        <source>{problem}; its pairs come from the fallback</source>
        <translation>{problem}; uning juftliklari zaxira manbadan olindi</translation>
    </message>
    <message>
        <source>no rates stored yet; run `caravan refresh`</source>
        <translation>saqlangan kurs hozircha yoʻq; `caravan refresh` ni ishga tushiring</translation>
    </message>
    <message>
        <source>no rates from {source} stored yet</source>
        <translation>{source} manbasidan saqlangan kurs hozircha yoʻq</translation>
    </message>
    <message>
        <source>{nothing}; `caravan rates --provider {provider}` without --offline fetches them</source>
        <translation>{nothing}; `caravan rates --provider {provider}` --offline siz ularni yuklaydi</translation>
    </message>
    <message>
        <source>neither {bank} nor {source} lists</source>
        <translation>{bank} ham, {source} ham eʼlon qilmaydi</translation>
    </message>
    <message>
        <source>{source} does not list</source>
        <translation>{source} eʼlon qilmaydi</translation>
    </message>
    <message>
        <source>no stored {pair} rates from {source}</source>
        <translation>{source} dan saqlangan {pair} kursi yoʻq</translation>
    </message>
    <message>
        <source>{pair} from {source}</source>
        <translation>{pair}, manba: {source}</translation>
    </message>
    <message>
        <source>no article with id {id}</source>
        <translation>id {id} bilan maqola yoʻq</translation>
    </message>
    <message>
        <source>Enclosure: {name} ({details}) {address}</source>
        <translation>Ilova: {name} ({details}) {address}</translation>
    </message>
    <message>
        <source>Caravan is in the applications menu:</source>
        <translation>Caravan dasturlar menyusida:</translation>
    </message>
    <message>
        <source>Removed from the applications menu:</source>
        <translation>Dasturlar menyusidan olib tashlandi:</translation>
    </message>
    <message>
        <source>It was not there.</source>
        <translation>U yerda yoʻq edi.</translation>
    </message>
    <message>
        <source>(brought {cache} up to date)</source>
        <translation>({cache} yangilandi)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>yoqilgan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>oʻchirilgan</translation>
    </message>
    <message>
        <source>Caravan starts minimized when you log in: {where}</source>
        <translation>Caravan tizimga kirganda yigʻilgan holda ishga tushadi: {where}</translation>
    </message>
    <message>
        <source>Caravan does not start when you log in (nothing at {where})</source>
        <translation>Caravan tizimga kirganda ishga tushmaydi ({where} da hech narsa yoʻq)</translation>
    </message>
    <message>
        <source>Removed the account {user} on {server}:</source>
        <translation>{server} serveridagi {user} hisobi oʻchirildi:</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) stay here as local feeds;</source>
        <translation>
            <numerusform>%n ta lenta shu yerda mahalliy lenta sifatida qoladi;</numerusform>
            <numerusform>%n ta lenta shu yerda mahalliy lenta sifatida qoladi;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent were dropped</source>
        <translation>
            <numerusform>hali yuborilmagan %n ta oʻzgarish bekor qilindi</numerusform>
            <numerusform>hali yuborilmagan %n ta oʻzgarish bekor qilindi</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>hech qachon</translation>
    </message>
    <message>
        <source>Account:  {user} on {server}</source>
        <translation>Hisob:  {server} serveridagi {user}</translation>
    </message>
    <message numerus="yes">
        <source>Feeds:    %n synced</source>
        <translation>
            <numerusform>Lentalar: %n ta sinxronlandi</numerusform>
            <numerusform>Lentalar: %n ta sinxronlandi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting:  %n change(s) not yet sent</source>
        <translation>
            <numerusform>Kutmoqda: %n ta oʻzgarish hali yuborilmagan</numerusform>
            <numerusform>Kutmoqda: %n ta oʻzgarish hali yuborilmagan</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced:   {when}</source>
        <translation>Sinxronlandi:  {when}</translation>
    </message>
    <message>
        <source>Failed:   {error}</source>
        <translation>Xato:     {error}</translation>
    </message>
    <message>
        <source>Password: not kept ({problem}); asked at each sync</source>
        <translation>Parol:    saqlanmaydi ({problem}); har sinxronlashda soʻraladi</translation>
    </message>
    <message>
        <source>Password: in the system&apos;s keyring</source>
        <translation>Parol:    tizimning kalitlar omborida</translation>
    </message>
    <message>
        <source>Password: not kept; asked</source>
        <translation>Parol:    saqlanmaydi; soʻraladi</translation>
    </message>
    <message>
        <source>account add needs --server URL and --user NAME</source>
        <translation>account add uchun --server URL va --user NAME kerak</translation>
    </message>
    <message>
        <source>Password of {user} on {server}: </source>
        <translation>{server} serveridagi {user} paroli: </translation>
    </message>
    <message>
        <source>no password given (type it at the prompt, or use --password-stdin)</source>
        <translation>parol berilmadi (soʻrovga kiriting yoki --password-stdin dan foydalaning)</translation>
    </message>
    <message>
        <source>Account added: {user} on {server}</source>
        <translation>Hisob qoʻshildi: {server} serveridagi {user}</translation>
    </message>
    <message>
        <source>{reason}; the password will be asked at each sync (never saved in a file)</source>
        <translation>{reason}; parol har sinxronlashda soʻraladi (hech qachon faylga saqlanmaydi)</translation>
    </message>
    <message>
        <source>`caravan sync` brings its feeds; `caravan account push` sends the local ones</source>
        <translation>`caravan sync` uning lentalarini olib keladi; `caravan account push` mahalliylarini yuboradi</translation>
    </message>
    <message numerus="yes">
        <source>%n local feed(s) will move into the account at the next sync</source>
        <translation>
            <numerusform>%n ta mahalliy lenta keyingi sinxronlashda hisobga oʻtadi</numerusform>
            <numerusform>%n ta mahalliy lenta keyingi sinxronlashda hisobga oʻtadi</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}: nothing was synced</source>
        <translation>{reason}: hech narsa sinxronlanmadi</translation>
    </message>
    <message>
        <source>no sync account is set up (caravan account add --server URL --user NAME)</source>
        <translation>sinxronlash hisobi sozlanmagan (caravan account add --server URL --user NAME)</translation>
    </message>
    <message>
        <source>no password: none is kept in a keyring, and none was given (--password-stdin)</source>
        <translation>parol yoʻq: kalitlar omborida yoʻq va berilmadi (--password-stdin)</translation>
    </message>
    <message>
        <source>not sent  {problem}</source>
        <translation>yuborilmadi  {problem}</translation>
    </message>
    <message>
        <source>Synced in {seconds} s: {summary}</source>
        <translation>{seconds} s da sinxronlandi: {summary}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>configuration file (TOML)</source>
        <translation>sozlamalar fayli (TOML)</translation>
    </message>
    <message>
        <source>directory for the database and logs</source>
        <translation>maʼlumotlar bazasi va jurnallar uchun jild</translation>
    </message>
    <message>
        <source>use only what is stored; never touch the network</source>
        <translation>faqat saqlanganidan foydalanish; tarmoqqa umuman murojaat qilmaslik</translation>
    </message>
    <message>
        <source>print progress and warnings on the console</source>
        <translation>jarayon va ogohlantirishlarni konsolga chiqarish</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} butun son emas</translation>
    </message>
    <message>
        <source>{value} is negative; give 0 (all) or more</source>
        <translation>{value} manfiy son; 0 (hammasi) yoki undan kattasini bering</translation>
    </message>
    <message>
        <source>{value} is not an id (a whole number from 1)</source>
        <translation>{value} raqam emas (1 dan boshlanadigan butun son)</translation>
    </message>
    <message>
        <source>{value} is not a currency pair (KGS, or USD/UZS)</source>
        <translation>{value} valyuta juftligi emas (KGS yoki USD/UZS)</translation>
    </message>
    <message>
        <source>Currency-rate ticker and offline news reader. Without a command, opens the window.</source>
        <translation>Valyuta kurslari yuguruvchi satri va internetsiz yangiliklar oʻqish dasturi. Buyruqsiz oynani ochadi.</translation>
    </message>
    <message>
        <source>open the window (or bring the running one forward) and subscribe to URL once it is checked</source>
        <translation>oynani ochish (yoki ochiq turganini oldinga chiqarish) va URL tekshirilgach, unga obuna boʻlish</translation>
    </message>
    <message>
        <source>open in the tray, or as the compact ticker if Caravan was left so (what the start at login does)</source>
        <translation>trayda yoki Caravan shunday qoldirilgan boʻlsa, ixcham yuguruvchi satr sifatida ochilish (tizimga kirganda shunday ishga tushadi)</translation>
    </message>
    <message>
        <source>open the window (the default)</source>
        <translation>oynani ochish (standart)</translation>
    </message>
    <message>
        <source>update every feed and the rates once, print a summary</source>
        <translation>barcha lentalar va kurslarni bir marta yangilash, xulosani chiqarish</translation>
    </message>
    <message>
        <source>subscribe to a feed (a web page&apos;s own feed is found)</source>
        <translation>lentaga obuna boʻlish (veb-sahifaning oʻz lentasi topiladi)</translation>
    </message>
    <message>
        <source>the feed&apos;s http or https address, or a page that links to it</source>
        <translation>lentaning http yoki https manzili yoki unga havola beradigan sahifa</translation>
    </message>
    <message>
        <source>a title to show instead of the feed&apos;s own</source>
        <translation>lentaning oʻz nomi oʻrniga koʻrsatiladigan nom</translation>
    </message>
    <message>
        <source>the sidebar folder to put it in</source>
        <translation>uni joylash uchun yon paneldagi jild</translation>
    </message>
    <message>
        <source>subscribe even when the address gives no feed now, or cannot be checked (offline)</source>
        <translation>manzilda hozir lenta boʻlmasa yoki uni tekshirib boʻlmasa ham (internetsiz) obuna boʻlish</translation>
    </message>
    <message>
        <source>list subscriptions with their state and errors</source>
        <translation>obunalar roʻyxati: holati va xatolari bilan</translation>
    </message>
    <message>
        <source>rename, move, pause, pace one feed or set its full text</source>
        <translation>bitta lentaning nomini oʻzgartirish, koʻchirish, toʻxtatib turish, oraligʻini yoki toʻliq matnini sozlash</translation>
    </message>
    <message>
        <source>the feed&apos;s id (see `caravan feeds`)</source>
        <translation>lenta raqami (`caravan feeds` ga qarang)</translation>
    </message>
    <message>
        <source>a new title</source>
        <translation>yangi nomi</translation>
    </message>
    <message>
        <source>a new folder (&apos;&apos; for none)</source>
        <translation>yangi jild (&apos;&apos; — jildsiz)</translation>
    </message>
    <message>
        <source>own refresh interval (0: the global one)</source>
        <translation>oʻz yangilash oraligʻi (0 — umumiy oraliq)</translation>
    </message>
    <message>
        <source>fetch it again</source>
        <translation>uni yana yuklash</translation>
    </message>
    <message>
        <source>stop fetching it, keep articles</source>
        <translation>uni yuklashni toʻxtatish, maqolalarni saqlash</translation>
    </message>
    <message>
        <source>fetch article pages: for teasers (auto), for every article, or never</source>
        <translation>maqola sahifalarini yuklash: anonslar uchun (auto), har bir maqola uchun (always) yoki hech qachon (never)</translation>
    </message>
    <message>
        <source>unsubscribe and delete the feed&apos;s articles</source>
        <translation>obunani bekor qilish va lenta maqolalarini oʻchirish</translation>
    </message>
    <message>
        <source>subscribe to every feed of an OPML file, with folders</source>
        <translation>OPML faylidagi barcha lentalarga jildlari bilan obuna boʻlish</translation>
    </message>
    <message>
        <source>the OPML file</source>
        <translation>OPML fayli</translation>
    </message>
    <message>
        <source>write the subscriptions as OPML</source>
        <translation>obunalarni OPML sifatida yozish</translation>
    </message>
    <message>
        <source>where to write (default: stdout)</source>
        <translation>qayerga yozish (standart: standart chiqish)</translation>
    </message>
    <message>
        <source>print the ticker line from the stored rates</source>
        <translation>saqlangan kurslardan yuguruvchi satrni chiqarish</translation>
    </message>
    <message>
        <source>take the rates from this source (fetched now unless --offline)</source>
        <translation>kurslarni shu manbadan olish (--offline boʻlmasa, hozir yuklanadi)</translation>
    </message>
    <message>
        <source>each Central Asian currency from its own central bank (fetched now unless --offline)</source>
        <translation>Markaziy Osiyoning har bir valyutasi — oʻz markaziy bankidan (--offline boʻlmasa, hozir yuklanadi)</translation>
    </message>
    <message>
        <source>print every stored day of one pair (e.g. KGS or USD/UZS)</source>
        <translation>bitta juftlikning saqlangan barcha kunlarini chiqarish (masalan, KGS yoki USD/UZS)</translation>
    </message>
    <message>
        <source>print one stored article</source>
        <translation>saqlangan bitta maqolani chiqarish</translation>
    </message>
    <message>
        <source>the article&apos;s id (see `caravan list`)</source>
        <translation>maqola raqami (`caravan list` ga qarang)</translation>
    </message>
    <message>
        <source>print the sanitized HTML the reader pane receives</source>
        <translation>oʻqish oynasi oladigan tozalangan HTML ni chiqarish</translation>
    </message>
    <message>
        <source>list stored articles, newest first</source>
        <translation>saqlangan maqolalar roʻyxati, avval yangilari</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>matn oʻrniga JSON chiqarish</translation>
    </message>
    <message>
        <source>at most this many (0: all)</source>
        <translation>koʻpi bilan shuncha (0 — hammasi)</translation>
    </message>
    <message>
        <source>set up, show or remove the sync account: a Google Reader API server (Miniflux, FreshRSS...); push moves local feeds into it</source>
        <translation>sinxronlash hisobini sozlash, koʻrsatish yoki oʻchirish — Google Reader API serveri (Miniflux, FreshRSS...); push mahalliy lentalarni unga koʻchiradi</translation>
    </message>
    <message>
        <source>add: the API&apos;s address (Miniflux: the server&apos;s; FreshRSS: .../api/greader.php)</source>
        <translation>add: API manzili (Miniflux — server manzili; FreshRSS — .../api/greader.php)</translation>
    </message>
    <message>
        <source>add: the user name</source>
        <translation>add: foydalanuvchi nomi</translation>
    </message>
    <message>
        <source>add, and sync without a keyring: read the password from standard input</source>
        <translation>add va kalitlar omborisiz sinxronlash: parolni standart kirishdan oʻqish</translation>
    </message>
    <message>
        <source>push: only the local feeds of this folder (repeatable; default: every one)</source>
        <translation>push: faqat shu jildning mahalliy lentalari (takrorlash mumkin; standart: hammasi)</translation>
    </message>
    <message>
        <source>sync once with the account&apos;s server, print a summary (1: it failed)</source>
        <translation>hisob serveri bilan bir marta sinxronlash, xulosani chiqarish (1 — muvaffaqiyatsiz)</translation>
    </message>
    <message>
        <source>read the password from standard input (where no keyring keeps it)</source>
        <translation>parolni standart kirishdan oʻqish (kalitlar ombori saqlamasa)</translation>
    </message>
    <message>
        <source>add Caravan to the applications menu, or remove it (Linux and XDG desktops)</source>
        <translation>Caravan ni dasturlar menyusiga qoʻshish yoki undan olib tashlash (Linux va XDG ish stollari)</translation>
    </message>
    <message>
        <source>start Caravan (minimized) when you log in, or no longer</source>
        <translation>tizimga kirganda Caravan ni (yigʻilgan holda) ishga tushirish yoki endi tushirmaslik</translation>
    </message>
    <message>
        <source>status exits with 1 when it is off</source>
        <translation>avtoishga tushirish oʻchiq boʻlsa, status 1 kodi bilan tugaydi</translation>
    </message>
</context>
<context>
    <name>CompactTicker</name>
    <message>
        <source>Caravan ticker</source>
        <translation>Caravan yuguruvchi satri</translation>
    </message>
    <message>
        <source>Caravan compact ticker</source>
        <translation>Caravan ixcham yuguruvchi satri</translation>
    </message>
    <message>
        <source>Compact ticker menu</source>
        <translation>Ixcham yuguruvchi satr menyusi</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Kyrgyz som</source>
        <translation>qirgʻiz somi</translation>
    </message>
    <message>
        <source>Kazakhstani tenge</source>
        <translation>qozogʻiston tengesi</translation>
    </message>
    <message>
        <source>Tajikistani somoni</source>
        <translation>tojik somoniysi</translation>
    </message>
    <message>
        <source>Uzbekistani som</source>
        <translation>oʻzbek soʻmi</translation>
    </message>
    <message>
        <source>Turkmenistani manat</source>
        <translation>turkman manati</translation>
    </message>
    <message>
        <source>Azerbaijani manat</source>
        <translation>ozarbayjon manati</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>AQSH dollari</translation>
    </message>
    <message>
        <source>euro</source>
        <translation>yevro</translation>
    </message>
    <message>
        <source>Russian ruble</source>
        <translation>Rossiya rubli</translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation>Xitoy yuani</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>Type the address of a feed or of a web page that links to one</source>
        <translation>Lenta yoki unga havola beruvchi veb-sahifa manzilini kiriting</translation>
    </message>
    <message>
        <source>{address} is not an http or https address (it holds a space)</source>
        <translation>{address} — http yoki https manzili emas (unda boʻsh joy bor)</translation>
    </message>
    <message>
        <source>{address} is not an http or https address</source>
        <translation>{address} — http yoki https manzili emas</translation>
    </message>
    <message>
        <source>nothing answers at {address} ({error})</source>
        <translation>{address} manzilida hech kim javob bermayapti ({error})</translation>
    </message>
    <message>
        <source>{address} sent an empty document</source>
        <translation>{address} boʻsh hujjat yubordi</translation>
    </message>
    <message>
        <source>{address} is a web page with no feed</source>
        <translation>{address} — lentasiz veb-sahifa</translation>
    </message>
    <message>
        <source>a document of no declared type</source>
        <translation>turi koʻrsatilmagan hujjat</translation>
    </message>
    <message>
        <source>{address} is not a feed (the server sent {kind}, {size})</source>
        <translation>{address} — lenta emas (server {kind}, {size} yubordi)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln bayt</numerusform>
            <numerusform>%Ln bayt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnclosureKinds</name>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Rasm</translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>EPUB kitob</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP arxiv</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
</context>
<context>
    <name>Enclosures</name>
    <message>
        <source>Caravan was started offline (--offline): nothing is downloaded</source>
        <translation>Caravan internetsiz ishga tushirilgan (--offline): hech narsa yuklanmaydi</translation>
    </message>
    <message>
        <source>Refused to open {address}: not a web address</source>
        <translation>{address} ochilmadi: bu veb-manzil emas</translation>
    </message>
    <message>
        <source>The system has no application to open this enclosure</source>
        <translation>Tizimda bu ilovani ochadigan dastur yoʻq</translation>
    </message>
    <message>
        <source>Enclosure {name}</source>
        <translation>Ilova {name}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Ijro etish</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <source>Download for offline</source>
        <translation>Internetsiz uchun yuklash</translation>
    </message>
    <message>
        <source>Open downloaded</source>
        <translation>Yuklanganini ochish</translation>
    </message>
    <message>
        <source>Remove download</source>
        <translation>Yuklanganini oʻchirish</translation>
    </message>
    <message>
        <source>Downloading {name}</source>
        <translation>{name} yuklanmoqda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>download of {name}</source>
        <translation>{name} yuklanishi</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{total} dan {done}</translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation>Ilovalar</translation>
    </message>
    <message>
        <source>Enclosure list</source>
        <translation>Ilovalar roʻyxati</translation>
    </message>
    <message numerus="yes">
        <source>%n enclosure(s)</source>
        <translation>
            <numerusform>%n ta ilova</numerusform>
            <numerusform>%n ta ilova</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>{name} yuklanmoqda…</translation>
    </message>
    <message>
        <source>Removed the download of {name}</source>
        <translation>{name} yuklangani oʻchirildi</translation>
    </message>
    <message>
        <source>Downloaded {name} ({size}): it opens offline</source>
        <translation>{name} yuklandi ({size}): internetsiz ochiladi</translation>
    </message>
    <message>
        <source>Download of {name} cancelled</source>
        <translation>{name} yuklanishi bekor qilindi</translation>
    </message>
    <message>
        <source>Not downloaded: {error}</source>
        <translation>Yuklanmadi: {error}</translation>
    </message>
    <message>
        <source>Download of {name} failed: {error}</source>
        <translation>{name} yuklanmadi: {error}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Read-only: Caravan cannot save changes in {folder}</source>
        <translation>Faqat oʻqish: Caravan {folder} ichida oʻzgarishlarni saqlay olmaydi</translation>
    </message>
    <message>
        <source>Caravan was started offline (--offline)</source>
        <translation>Caravan internetsiz ishga tushirilgan (--offline)</translation>
    </message>
</context>
<context>
    <name>FeedErrorsDialog</name>
    <message>
        <source>Feeds with errors — Caravan</source>
        <translation>Xatoli lentalar — Caravan</translation>
    </message>
    <message>
        <source>Feeds with errors</source>
        <translation>Xatoli lentalar</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Lenta</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Xato</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Boshlangan vaqti</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Marta</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Hozir qayta urinish</translation>
    </message>
    <message>
        <source>Refresh every feed now; each of these is retried once before its next check, unless its server asked to wait</source>
        <translation>Barcha lentalarni hozir yangilash: serveri kutishni soʻramagan boʻlsa, bularning har biri navbatdagi tekshiruvdan oldin yana bir marta tekshiriladi</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Tahrirlash…</translation>
    </message>
    <message>
        <source>Edit the selected feed</source>
        <translation>Tanlangan lentani tahrirlash</translation>
    </message>
    <message>
        <source>The selected feed&apos;s properties: its address, title, …</source>
        <translation>Tanlangan lentaning xususiyatlari: manzili, nomi, …</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Oʻchirish…</translation>
    </message>
    <message>
        <source>Remove the selected feed</source>
        <translation>Tanlangan lentani oʻchirish</translation>
    </message>
    <message>
        <source>Unsubscribe from the selected feed</source>
        <translation>Tanlangan lentaga obunani bekor qilish</translation>
    </message>
    <message>
        <source>Every feed is fine.</source>
        <translation>Barcha lentalar joyida.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed at the last attempt. Caravan tries them again by itself, waiting longer after each failure.</source>
        <translation>
            <numerusform>Oxirgi urinishda %n ta lenta yuklanmadi. Caravan ularni oʻzi qayta yuklab koʻradi, har bir muvaffaqiyatsizlikdan keyin uzoqroq kutadi.</numerusform>
            <numerusform>Oxirgi urinishda %n ta lenta yuklanmadi. Caravan ularni oʻzi qayta yuklab koʻradi, har bir muvaffaqiyatsizlikdan keyin uzoqroq kutadi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>Automatic (for teasers)</source>
        <translation>Avtomatik (anonslar uchun)</translation>
    </message>
    <message>
        <source>Always fetch the article page</source>
        <translation>Maqola sahifasini doim yuklash</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Hech qachon</translation>
    </message>
    <message>
        <source>{feed} — Properties</source>
        <translation>{feed} — xususiyatlar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Manzil</translation>
    </message>
    <message>
        <source>Changing the address keeps the feed&apos;s articles</source>
        <translation>Manzil oʻzgarsa ham, lentaning maqolalari saqlanadi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>The feed&apos;s own title</source>
        <translation>Lentaning oʻz nomi</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Jild</translation>
    </message>
    <message>
        <source>Refresh interval in minutes</source>
        <translation>Yangilash oraligʻi, daqiqalarda</translation>
    </message>
    <message>
        <source> min</source>
        <translation> daq</translation>
    </message>
    <message>
        <source>The global interval ({minutes} min)</source>
        <translation>Umumiy oraliq ({minutes} daq)</translation>
    </message>
    <message>
        <source>Fetch this feed (unchecked: paused, its articles kept)</source>
        <translation>Bu lentani yuklash (belgilanmasa — toʻxtatiladi, maqolalari saqlanadi)</translation>
    </message>
    <message>
        <source>Fetch this feed</source>
        <translation>Bu lentani yuklash</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Toʻliq matn</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Manzil:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nomi:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Jild:</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Yangilash oraligʻi:</translation>
    </message>
    <message>
        <source>F&amp;ull text:</source>
        <translation>&amp;Toʻliq matn:</translation>
    </message>
    <message>
        <source>not given by the feed</source>
        <translation>lentada koʻrsatilmagan</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sayt</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Oxirgi tekshiruv</translation>
    </message>
    <message>
        <source>{error} ({count}×)</source>
        <translation>{error} ({count} marta)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yoʻq</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Oxirgi xato</translation>
    </message>
    <message>
        <source>Articles stored</source>
        <translation>Saqlangan maqolalar</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Sayt:</translation>
    </message>
    <message>
        <source>Last checked:</source>
        <translation>Oxirgi tekshiruv:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Oxirgi xato:</translation>
    </message>
    <message>
        <source>Articles stored:</source>
        <translation>Saqlangan maqolalar:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Open &amp;website</source>
        <translation>&amp;Saytni ochish</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Saytni ochish</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Manzilni nus&amp;xalash</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Manzilni nusxalash</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://</source>
        <translation>Manzil http:// yoki https:// bilan boshlanishi kerak</translation>
    </message>
    <message>
        <source>never</source>
        <translation>hali tekshirilmagan</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>Mark all as read</source>
        <translation>Hammasini oʻqilgan deb belgilash</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Yangi jild…</translation>
    </message>
    <message>
        <source>Rename folder…</source>
        <translation>Jild nomini oʻzgartirish…</translation>
    </message>
    <message>
        <source>Delete folder…</source>
        <translation>Jildni oʻchirish…</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Yangi jild</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Jild nomi:</translation>
    </message>
    <message>
        <source>There is already a folder {folder}</source>
        <translation>{folder} jildi allaqachon mavjud</translation>
    </message>
    <message>
        <source>Rename folder</source>
        <translation>Jild nomini oʻzgartirish</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder {folder}? Its %n feed(s) will be outside any folder; none is unsubscribed.</source>
        <translation>
            <numerusform>{folder} jildi oʻchirilsinmi? Undagi %n ta lenta jildsiz qoladi, obunalar saqlanadi.</numerusform>
            <numerusform>{folder} jildi oʻchirilsinmi? Undagi %n ta lenta jildsiz qoladi, obunalar saqlanadi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the folder {folder}? It has no feeds.</source>
        <translation>{folder} jildi oʻchirilsinmi? Unda lenta yoʻq.</translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>Jildni oʻchirish</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Feeds and articles</source>
        <translation>Lentalar va maqolalar</translation>
    </message>
    <message>
        <source>Resize the feed list</source>
        <translation>Lentalar roʻyxati kengligini oʻzgartirish</translation>
    </message>
    <message>
        <source>Articles and reader</source>
        <translation>Maqolalar va oʻqish oynasi</translation>
    </message>
    <message>
        <source>Resize the article list and the reader</source>
        <translation>Maqolalar roʻyxati va oʻqish oynasi oʻlchamini oʻzgartirish</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Qidiruvni tozalash</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Sozlamalar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Chiqish</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Maqola</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Koʻrinish</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yordam</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tezkor tugmalar</translation>
    </message>
    <message>
        <source>&amp;About Caravan</source>
        <translation>Caravan &amp;haqida</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tezkor tugmalar</translation>
    </message>
    <message>
        <source>About Caravan</source>
        <translation>Caravan haqida</translation>
    </message>
    <message>
        <source>Currency-rate ticker and offline news reader.</source>
        <translation>Valyuta kurslari yuguruvchi satri va internetsiz yangiliklar oʻquvchisi.</translation>
    </message>
    <message>
        <source>Rates: {source}.</source>
        <translation>Kurslar: {source}.</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Sozlamalar saqlandi</translation>
    </message>
    <message numerus="yes">
        <source>Caravan — %Ln unread</source>
        <translation>
            <numerusform>Caravan — %Ln ta oʻqilmagan</numerusform>
            <numerusform>Caravan — %Ln ta oʻqilmagan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <source>Mark all as &amp;read</source>
        <translation>Hammasini oʻqilgan deb &amp;belgilash</translation>
    </message>
    <message>
        <source>&amp;Undo marking read</source>
        <translation>Oʻqilgan belgisini &amp;bekor qilish</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Hammasini oʻqilgan deb belgilash</translation>
    </message>
    <message>
        <source>No unread articles here</source>
        <translation>Bu yerda oʻqilmagan maqola yoʻq</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln articles as read?</source>
        <translation>
            <numerusform>%Ln ta maqola oʻqilgan deb belgilansinmi?</numerusform>
            <numerusform>%Ln ta maqola oʻqilgan deb belgilansinmi?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The status bar offers to undo it for %n seconds.</source>
        <translation>
            <numerusform>Holat satri buni %n soniya davomida bekor qilishni taklif qiladi.</numerusform>
            <numerusform>Holat satri buni %n soniya davomida bekor qilishni taklif qiladi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Oʻqilgan deb belgilash</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Boshqa soʻramaslik</translation>
    </message>
    <message>
        <source>Not asking again until Caravan restarts: the setting was not saved ({error})</source>
        <translation>Caravan qayta ishga tushguncha soʻramaydi: sozlama saqlanmadi ({error})</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln article(s) read</source>
        <translation>
            <numerusform>%Ln ta maqola oʻqilgan deb belgilandi</numerusform>
            <numerusform>%Ln ta maqola oʻqilgan deb belgilandi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo marking %Ln article(s) read</source>
        <translation>
            <numerusform>%Ln ta maqolaning oʻqilgan belgisini bekor qilish</numerusform>
            <numerusform>%Ln ta maqolaning oʻqilgan belgisini bekor qilish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) unread again</source>
        <translation>
            <numerusform>%Ln ta maqola yana oʻqilmagan</numerusform>
            <numerusform>%Ln ta maqola yana oʻqilmagan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>connection refused</source>
        <translation>ulanish rad etildi</translation>
    </message>
    <message>
        <source>name or service not known</source>
        <translation>nom yoki xizmat nomaʼlum</translation>
    </message>
    <message>
        <source>network is unreachable</source>
        <translation>tarmoq mavjud emas</translation>
    </message>
    <message>
        <source>no route to host</source>
        <translation>xostga yoʻnalish yoʻq</translation>
    </message>
    <message>
        <source>temporary failure in name resolution</source>
        <translation>nomni aniqlashda vaqtinchalik nosozlik</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>ulanib boʻlmadi</translation>
    </message>
    <message>
        <source>{address} is not a feed ({reason})</source>
        <translation>{address} lenta emas ({reason})</translation>
    </message>
    <message>
        <source>{address} is not a feed</source>
        <translation>{address} lenta emas</translation>
    </message>
    <message>
        <source>{address} is a web page, not a feed; it links to {links}</source>
        <translation>{address} — lenta emas, veb-sahifa; u quyidagilarga havola beradi: {links}</translation>
    </message>
    <message>
        <source>{address} is a web page, not a feed</source>
        <translation>{address} — lenta emas, veb-sahifa</translation>
    </message>
    <message>
        <source>bad request</source>
        <translation>notoʻgʻri soʻrov</translation>
    </message>
    <message>
        <source>authorisation required</source>
        <translation>avtorizatsiya talab qilinadi</translation>
    </message>
    <message>
        <source>access forbidden</source>
        <translation>kirish taqiqlangan</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>topilmadi</translation>
    </message>
    <message>
        <source>gone for good</source>
        <translation>butunlay oʻchirilgan</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>soʻrovlar juda koʻp</translation>
    </message>
    <message>
        <source>internal server error</source>
        <translation>serverning ichki xatosi</translation>
    </message>
    <message>
        <source>bad gateway</source>
        <translation>shlyuz xatosi</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <translation>xizmat mavjud emas</translation>
    </message>
    <message>
        <source>gateway timeout</source>
        <translation>shlyuz javobni kutib olmadi</translation>
    </message>
    <message>
        <source>The server answered HTTP {status} for {address}</source>
        <translation>Server {address} soʻroviga HTTP {status} deb javob berdi</translation>
    </message>
    <message>
        <source>The server answered HTTP {status} ({meaning}) for {address}</source>
        <translation>Server {address} soʻroviga HTTP {status} ({meaning}) deb javob berdi</translation>
    </message>
    <message>
        <source>Refused {address}: only http and https are fetched</source>
        <translation>{address} rad etildi: faqat http va https yuklanadi</translation>
    </message>
    <message>
        <source>Refused a redirect to {address}</source>
        <translation>{address} manziliga yoʻnaltirish rad etildi</translation>
    </message>
    <message>
        <source>Refused {host}: its TLS certificate does not verify ({reason})</source>
        <translation>{host} rad etildi: uning TLS sertifikati tekshiruvdan oʻtmadi ({reason})</translation>
    </message>
    <message>
        <source>The connection to {host} timed out</source>
        <translation>{host} bilan ulanish kutish vaqti tugadi</translation>
    </message>
    <message>
        <source>Cannot connect to {host}: {reason}</source>
        <translation>{host} ga ulanib boʻlmayapti: {reason}</translation>
    </message>
    <message>
        <source>{host} stopped answering (read time-out)</source>
        <translation>{host} javob berishni toʻxtatdi (oʻqish vaqti tugadi)</translation>
    </message>
    <message>
        <source>More than {count} redirects from {address}</source>
        <translation>{address} dan {count} martadan ortiq yoʻnaltirish</translation>
    </message>
    <message>
        <source>Refused a redirect from {address} to a non-web address</source>
        <translation>{address} dan veb boʻlmagan manzilga yoʻnaltirish rad etildi</translation>
    </message>
    <message>
        <source>The download of {address} failed: {reason}</source>
        <translation>{address} yuklanmadi: {reason}</translation>
    </message>
    <message>
        <source>{address} is {size} bytes, over the limit</source>
        <translation>{address} hajmi {size} bayt — chegaradan oshadi</translation>
    </message>
    <message>
        <source>{address} is larger than {size} bytes; the download was cut</source>
        <translation>{address} {size} baytdan katta; yuklash toʻxtatildi</translation>
    </message>
    <message>
        <source>{address} took longer than {seconds} s; the download was cut</source>
        <translation>{address} yuklanishi {seconds} s dan uzoq davom etdi; yuklash toʻxtatildi</translation>
    </message>
    <message>
        <source>{address}: the feed could not be parsed ({reason})</source>
        <translation>{address}: lentani tahlil qilib boʻlmadi ({reason})</translation>
    </message>
    <message>
        <source>{address}: a JSON feed must be UTF-8 ({reason})</source>
        <translation>{address}: JSON lenta UTF-8 da boʻlishi kerak ({reason})</translation>
    </message>
    <message>
        <source>{address}: broken JSON feed ({reason}, character {position})</source>
        <translation>{address}: buzilgan JSON lenta ({reason}, {position}-belgi)</translation>
    </message>
    <message>
        <source>{address} is JSON but not a feed</source>
        <translation>{address} — JSON, lekin lenta emas</translation>
    </message>
    <message>
        <source>The JSON feed has no list of items</source>
        <translation>JSON lentada yozuvlar roʻyxati yoʻq</translation>
    </message>
    <message>
        <source>The RSS-in-JSON document has no channel</source>
        <translation>RSS-in-JSON hujjatida kanal (channel) yoʻq</translation>
    </message>
    <message>
        <source>the file is larger than {size} MB</source>
        <translation>fayl {size} MB dan katta</translation>
    </message>
    <message>
        <source>the file declares a document type or entities, which are refused</source>
        <translation>faylda hujjat turi yoki obyektlar eʼlon qilingan, bunday fayllar qabul qilinmaydi</translation>
    </message>
    <message>
        <source>the file is not well-formed XML ({reason})</source>
        <translation>fayl — notoʻgʻri XML ({reason})</translation>
    </message>
    <message>
        <source>the file is not OPML (no &lt;opml&gt;&lt;body&gt;)</source>
        <translation>fayl OPML emas (&lt;opml&gt;&lt;body&gt; yoʻq)</translation>
    </message>
    <message>
        <source>{name}: not an http or https address ({address})</source>
        <translation>{name}: http yoki https manzil emas ({address})</translation>
    </message>
    <message>
        <source>{host} refused the user name or the password</source>
        <translation>{host} foydalanuvchi nomi yoki parolni qabul qilmadi</translation>
    </message>
    <message>
        <source>{host} answered the login without a session (no Auth= line): is this the address of a Google Reader API?</source>
        <translation>{host} kirishga seanssiz javob berdi (Auth= qatori yoʻq): bu haqiqatan Google Reader API manzilimi?</translation>
    </message>
    <message>
        <source>The server failed (HTTP {status}) and the sync stopped; what was not sent stays queued for the next sync</source>
        <translation>Serverda nosozlik (HTTP {status}), sinxronlash toʻxtadi; yuborilmaganlar keyingi sinxronlashni navbatda kutadi</translation>
    </message>
    <message>
        <source>No sync account is set up (caravan account add)</source>
        <translation>Sinxronlash hisobi sozlanmagan (caravan account add)</translation>
    </message>
    <message>
        <source>Sync cancelled; what was stored so far is kept</source>
        <translation>Sinxronlash bekor qilindi; shu paytgacha saqlanganlar qoladi</translation>
    </message>
    <message>
        <source>The user name and the password are both needed</source>
        <translation>Foydalanuvchi nomi ham, parol ham kerak</translation>
    </message>
    <message>
        <source>No keyring was found on this system (Secret Service, KWallet, the Windows Credential Locker or the macOS Keychain): the password cannot be kept</source>
        <translation>Bu tizimda kalitlar ombori topilmadi (Secret Service, KWallet, Windows hisob maʼlumotlari menejeri yoki macOS Keychain): parolni saqlab boʻlmaydi</translation>
    </message>
    <message>
        <source>The keyring refused the password: {reason}</source>
        <translation>Kalitlar ombori parolni qabul qilmadi: {reason}</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>nomaʼlum kalit</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>quyidagilardan biri boʻlishi kerak: {choices}</translation>
    </message>
    <message>
        <source>unknown provider {provider} (known: {known})</source>
        <translation>nomaʼlum manba {provider} (maʼlumlari: {known})</translation>
    </message>
    <message>
        <source>must be a table like {table}</source>
        <translation>{table} koʻrinishidagi jadval boʻlishi kerak</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>satr boʻlishi kerak</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>butun son boʻlishi kerak</translation>
    </message>
    <message>
        <source>must be between {minimum} and {maximum}</source>
        <translation>{minimum} dan {maximum} gacha boʻlishi kerak</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true yoki false boʻlishi kerak</translation>
    </message>
    <message>
        <source>must be an http or https URL</source>
        <translation>http yoki https manzil boʻlishi kerak</translation>
    </message>
    <message>
        <source>must be a table of provider = url</source>
        <translation>manba = url koʻrinishidagi jadval boʻlishi kerak</translation>
    </message>
    <message>
        <source>unknown provider</source>
        <translation>nomaʼlum manba</translation>
    </message>
    <message>
        <source>must be a list of currency codes</source>
        <translation>valyuta kodlari roʻyxati boʻlishi kerak</translation>
    </message>
    <message>
        <source>must be a list of [[feeds]] tables</source>
        <translation>[[feeds]] jadvallari roʻyxati boʻlishi kerak</translation>
    </message>
    <message>
        <source>must be a table with a url</source>
        <translation>url bor jadval boʻlishi kerak</translation>
    </message>
    <message>
        <source>{value} is not a three-letter currency code</source>
        <translation>{value} uch harfli valyuta kodi emas</translation>
    </message>
    <message>
        <source>{value} is not a pair like &apos;USD/UZS&apos;</source>
        <translation>{value} &apos;USD/UZS&apos; koʻrinishidagi juftlik emas</translation>
    </message>
    <message>
        <source>missing, the feed is ignored</source>
        <translation>koʻrsatilmagan, lenta eʼtiborga olinmadi</translation>
    </message>
    <message>
        <source>; ignored</source>
        <translation>; eʼtiborga olinmadi</translation>
    </message>
    <message>
        <source>; using {value}</source>
        <translation>; {value} ishlatiladi</translation>
    </message>
    <message>
        <source>{file}: cannot read the configuration ({reason}); using defaults until it is corrected, and changing none of your subscriptions</source>
        <translation>{file}: sozlamalarni oʻqib boʻlmadi ({reason}); fayl tuzatilguncha standart qiymatlar ishlatiladi, obunalar oʻzgartirilmaydi</translation>
    </message>
    <message>
        <source>; it could not be copied aside ({reason})</source>
        <translation>; uning nusxasini saqlab boʻlmadi ({reason})</translation>
    </message>
    <message>
        <source>; a copy of it is kept at {file}</source>
        <translation>; uning nusxasi {file} da saqlandi</translation>
    </message>
    <message>
        <source>Cannot open the database {file}: {reason}</source>
        <translation>{file} maʼlumotlar bazasini ochib boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>Could not write to the database {file}: {reason}</source>
        <translation>{file} maʼlumotlar bazasiga yozib boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {reason}</source>
        <translation>{folder} maʼlumotlar jildini yaratib boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>{file} was written by a newer Caravan (schema {version}, this one knows {known}); update Caravan or choose another --data-dir</source>
        <translation>{file} Caravanning yangiroq versiyasi tomonidan yozilgan (sxema {version}, bu versiya {known} gacha biladi); Caravanni yangilang yoki boshqa --data-dir tanlang</translation>
    </message>
    <message>
        <source>The database {file} is damaged and could not be rebuilt ({reason}); it was left as it is</source>
        <translation>{file} maʼlumotlar bazasi shikastlangan va uni qayta qurib boʻlmadi ({reason}); u oʻz holicha qoldirildi</translation>
    </message>
    <message>
        <source>{file} is closed: nothing more can be saved</source>
        <translation>{file} yopiq: endi hech narsa saqlanmaydi</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>{file} yozilmadi: {reason}</translation>
    </message>
    <message>
        <source>Cannot remove {file}: {reason}</source>
        <translation>{file} oʻchirilmadi: {reason}</translation>
    </message>
    <message>
        <source>Cannot change {file}: {reason}</source>
        <translation>{file} oʻzgartirilmadi: {reason}</translation>
    </message>
    <message>
        <source>The applications menu entry is for Linux and the other XDG desktops; on Windows and macOS, start Caravan from its bundle</source>
        <translation>Ilovalar menyusidagi yozuv faqat Linux va boshqa XDG ish stollari uchun; Windows va macOS’da Caravanni uning paketidan ishga tushiring</translation>
    </message>
    <message>
        <source>{file} is not valid TOML ({reason}), so the settings were not saved and the file was left as it is. Correct it in a text editor, or remove it to start from the defaults.</source>
        <translation>{file} — notoʻgʻri TOML ({reason}), shuning uchun sozlamalar saqlanmadi, fayl oʻz holicha qoldirildi. Uni matn muharririda tuzating yoki standart sozlamalardan boshlash uchun oʻchiring.</translation>
    </message>
    <message>
        <source>{file}: {name} is not a table like [{name}], so {key} cannot be saved; correct the file in a text editor</source>
        <translation>{file}: {name} — [{name}] koʻrinishidagi jadval emas, shuning uchun {key} saqlanmaydi; faylni matn muharririda tuzating</translation>
    </message>
    <message>
        <source>Cannot save {file}: {reason}; the file was left as it was</source>
        <translation>{file} saqlanmadi: {reason}; fayl avvalgi holicha qoldi</translation>
    </message>
    <message>
        <source>Cannot save {file}: {reason}</source>
        <translation>{file} saqlanmadi: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>{file} oʻqilmadi: {reason}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Jild</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Yorliq</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nomaʼlum</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Hammasini belgilash</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Bir qadam &amp;yuqoriga</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Bir qadam &amp;pastga</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>Ajratish</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Panelni oynadan ajratadi va qayta biriktiradi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Panelni yopadi</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Joylashuv:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fayl &amp;nomi:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fayl &amp;turi:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Jild:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ochish</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saqlash</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Tanlash</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Oldinga</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Yuqori jild</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Yangi jild yaratish</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Roʻyxat koʻrinishi</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Batafsil koʻrinish</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Orqaga qaytish</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Oldinga oʻtish</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Yuqori jildga oʻtish</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Yangi jild yaratish</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Roʻyxat koʻrinishiga oʻtish</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Batafsil koʻrinishga oʻtish</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Yon panel</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Joylar va xatchoʻplar roʻyxati</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fayllar</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Jildlar</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Nomini oʻzgartirish</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Oʻ&amp;chirish</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Yashirin fayllarni koʻrsatish</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Yangi &amp;jild</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Yangi jild</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Koʻrsatish: </translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 allaqachon mavjud.
Almashtirilsinmi?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>«%1» rostdan ham oʻchirilsinmi?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» yozishdan himoyalangan.
Baribir oʻchirilsinmi?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Jildni oʻchirib boʻlmadi.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Jild topilmadi.
Jild nomi toʻgʻri yozilganini tekshiring.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fayl topilmadi.
Fayl nomi toʻgʻri yozilganini tekshiring.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Hajmi</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Oʻzgartirilgan</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Kompyuter</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Yaroqsiz fayl nomi</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;«%1» nomini ishlatib boʻlmaydi.&lt;/b&gt;&lt;p&gt;Boshqa, qisqaroq yoki tinish belgilarisiz nom tanlang.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Bekor qilish</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Takrorlash</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kesib olish</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Nusxalash</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Qoʻyish</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hammasini belgilash</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tafsilotlarni koʻrsatish...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Tafsilotlarni yashirish...</translation>
    </message>
</context>
<context>
    <name>QMimeType</name>
    <message>
        <source>OPML syndication feed</source>
        <translation>OPML yangiliklar lentasi</translation>
    </message>
    <message>
        <source>XML document</source>
        <translation>XML hujjat</translation>
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
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Hammasini saqlash</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ha</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Barchasiga ha</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Yoʻq</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Ba&amp;rchasiga yoʻq</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Toʻxtatish</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Qayta urinish</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Eʼtiborsiz qoldirish</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Saqlamaslik</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Yordam</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Qoʻllash</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Asliga qaytarish</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standart holatga qaytarish</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>Boʻshliq</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Bekor qilish</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Takrorlash</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kesib olish</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Nusxalash</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Havola manzilini nusxalash</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Qoʻyish</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hammasini belgilash</translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <source>No stored history yet</source>
        <translation>Kurs tarixi hali saqlanmagan</translation>
    </message>
    <message>
        <source>one day stored</source>
        <translation>bir kun saqlangan</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Hammasi</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 yil</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n kun</numerusform>
            <numerusform>%n kun</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the last {range}: the newest stored day is {day}</source>
        <translation>Oxirgi {range} ichida hech narsa yoʻq: saqlangan eng yangi kun — {day}</translation>
    </message>
    <message>
        <source>{message}: {value} on {day}</source>
        <translation>{message}: {day} kuni {value}</translation>
    </message>
    <message>
        <source>{range}, from {first} to {last}</source>
        <translation>{range}, {first} dan {last} gacha</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days from {first} to {last}</source>
        <translation>
            <numerusform>%Ln kun, {first} – {last}</numerusform>
            <numerusform>%Ln kun, {first} – {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>, nothing stored since (the range ends {day})</source>
        <translation>, shundan beri hech narsa saqlanmagan (oraliq {day} da tugaydi)</translation>
    </message>
    <message>
        <source>; lowest {lowest} on {lowest_day}, highest {highest} on {highest_day}. Left and Right read one day at a time.</source>
        <translation>; eng pasti {lowest_day} kuni {lowest}, eng yuqorisi {highest_day} kuni {highest}. Chap va oʻng strelkalar bir kundan oʻqiydi.</translation>
    </message>
    <message>
        <source>Show every stored day</source>
        <translation>Saqlangan barcha kunlarni koʻrsatish</translation>
    </message>
    <message>
        <source>Show the last {range}</source>
        <translation>Oxirgi {range}ni koʻrsatish</translation>
    </message>
</context>
<context>
    <name>RateDetail</name>
    <message>
        <source>unknown (no earlier day stored)</source>
        <translation>nomaʼlum (oldingi kun kursi saqlanmagan)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Out of date&lt;/b&gt;: %n day(s) old; the source publishes {cadence}, and no newer rate has been stored</source>
        <translation>
            <numerusform>&lt;b&gt;Eskirgan&lt;/b&gt;: kurs %n kun oldingi; manba {cadence} eʼlon qiladi, yangiroq kurs esa saqlanmagan</numerusform>
            <numerusform>&lt;b&gt;Eskirgan&lt;/b&gt;: kurs %n kun oldingi; manba {cadence} eʼlon qiladi, yangiroq kurs esa saqlanmagan</numerusform>
        </translation>
    </message>
    <message>
        <source>Change since the previous day: {change}</source>
        <translation>Oldingi kunga nisbatan oʻzgarish: {change}</translation>
    </message>
    <message numerus="yes">
        <source>Valid for {day} · Source: {source} · %n day(s) stored</source>
        <translation>
            <numerusform>{day} sanasi uchun amal qiladi · Manba: {source} · %n kunlik kurs saqlangan</numerusform>
            <numerusform>{day} sanasi uchun amal qiladi · Manba: {source} · %n kunlik kurs saqlangan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateSource</name>
    <message>
        <source>National Bank of Kazakhstan</source>
        <translation>Qozogʻiston Milliy banki</translation>
    </message>
    <message>
        <source>National Bank of the Kyrgyz Republic</source>
        <translation>Qirgʻiziston Respublikasi Milliy banki</translation>
    </message>
    <message>
        <source>Central Bank of the Republic of Uzbekistan</source>
        <translation>Oʻzbekiston Respublikasi Markaziy banki</translation>
    </message>
    <message>
        <source>Bank of Russia</source>
        <translation>Rossiya Banki</translation>
    </message>
    <message>
        <source>National Bank of Tajikistan</source>
        <translation>Tojikiston Milliy banki</translation>
    </message>
    <message>
        <source>Central Bank of Turkmenistan</source>
        <translation>Turkmaniston Markaziy banki</translation>
    </message>
    <message>
        <source>European Central Bank</source>
        <translation>Yevropa Markaziy banki</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>har kuni</translation>
    </message>
    <message>
        <source>on working days</source>
        <translation>ish kunlari</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Article contents</source>
        <translation>Maqola matni</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Select an article to read it.</source>
        <translation>Oʻqish uchun maqolani tanlang.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Maqola</translation>
    </message>
    <message>
        <source>Refused to open {address}: not a web link</source>
        <translation>{address} ochilmadi: bu veb-havola emas</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Any time</source>
        <translation>Istalgan vaqt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugun</translation>
    </message>
    <message>
        <source>Since yesterday</source>
        <translation>Kechadan beri</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Oxirgi 7 kun</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Oxirgi 30 kun</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Maqolalarni qidirish</translation>
    </message>
    <message>
        <source>Search titles and text  (/)</source>
        <translation>Maqolalardan qidirish  (/)</translation>
    </message>
    <message>
        <source>Date filter: published</source>
        <translation>Sana filtri: eʼlon qilingan</translation>
    </message>
    <message>
        <source>Show articles published in this period</source>
        <translation>Shu davrda eʼlon qilingan maqolalarni koʻrsatish</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Eʼlon qilingan:</translation>
    </message>
    <message>
        <source>&amp;Next article</source>
        <translation>&amp;Keyingi maqola</translation>
    </message>
    <message>
        <source>&amp;Previous article</source>
        <translation>&amp;Oldingi maqola</translation>
    </message>
    <message>
        <source>Next &amp;unread article</source>
        <translation>Keyingi oʻqil&amp;magan maqola</translation>
    </message>
    <message>
        <source>Page down, then next unread</source>
        <translation>Sahifa pastga, soʻng keyingi oʻqilmagan</translation>
    </message>
    <message>
        <source>Toggle &amp;read</source>
        <translation>Oʻ&amp;qilgan belgisini almashtirish</translation>
    </message>
    <message>
        <source>Toggle &amp;star</source>
        <translation>&amp;Saralanganlarga qoʻshish yoki olish</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Brauzerda ochish</translation>
    </message>
    <message>
        <source>Play or open &amp;enclosure</source>
        <translation>&amp;Ilovani ijro etish yoki ochish</translation>
    </message>
    <message>
        <source>&amp;Fetch full text</source>
        <translation>Toʻliq ma&amp;tnni yuklash</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Qidirish</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Matn &amp;kattaroq</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Matn ki&amp;chikroq</translation>
    </message>
    <message numerus="yes">
        <source>Showing 1–{loaded} of %Ln articles found</source>
        <translation>
            <numerusform>Topilgan %Ln ta maqoladan 1–{loaded} koʻrsatilmoqda</numerusform>
            <numerusform>Topilgan %Ln ta maqoladan 1–{loaded} koʻrsatilmoqda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing 1–{loaded} of %Ln articles</source>
        <translation>
            <numerusform>%Ln ta maqoladan 1–{loaded} koʻrsatilmoqda</numerusform>
            <numerusform>%Ln ta maqoladan 1–{loaded} koʻrsatilmoqda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) found</source>
        <translation>
            <numerusform>%Ln ta maqola topildi</numerusform>
            <numerusform>%Ln ta maqola topildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln ta maqola</numerusform>
            <numerusform>%Ln ta maqola</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to search for: type a word</source>
        <translation>Qidirish uchun soʻz kiriting</translation>
    </message>
    <message>
        <source>No article matches the search</source>
        <translation>Qidiruvga mos maqola yoʻq</translation>
    </message>
    <message>
        <source>No articles from this feed</source>
        <translation>Bu lentadan maqola yoʻq</translation>
    </message>
    <message>
        <source>Not checked yet — it is fetched with the first refresh online</source>
        <translation>Hali tekshirilmagan — internetdagi birinchi yangilashda yuklanadi</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Hali tekshirilmagan</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Bu yerda hech narsa yoʻq</translation>
    </message>
    <message>
        <source>No feeds yet</source>
        <translation>Hozircha lenta yoʻq</translation>
    </message>
    <message>
        <source>No articles stored yet — they arrive with the first refresh online</source>
        <translation>Saqlangan maqola hozircha yoʻq — internetdagi birinchi yangilashda keladi</translation>
    </message>
    <message>
        <source>No articles yet — refreshing feeds…</source>
        <translation>Maqola hozircha yoʻq — lentalar yangilanmoqda…</translation>
    </message>
    <message>
        <source>Add a feed by its address or a site&apos;s, or import the subscriptions exported from another feed reader (OPML).</source>
        <translation>Lentani uning yoki saytning manzili orqali qoʻshing yoki boshqa lenta oʻquvchidan eksport qilingan obunalarni import qiling (OPML).</translation>
    </message>
    <message>
        <source>Add a feed…</source>
        <translation>Lenta qoʻshish…</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>OPML import…</translation>
    </message>
    <message>
        <source> (since {when})</source>
        <translation> ({when} dan beri)</translation>
    </message>
    <message>
        <source>This feed could not be fetched</source>
        <translation>Bu lentani yuklab boʻlmadi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Qayta urinish</translation>
    </message>
    <message>
        <source>Edit address…</source>
        <translation>Manzilni oʻzgartirish…</translation>
    </message>
    <message>
        <source>Fetching the full text…</source>
        <translation>Toʻliq matn yuklanmoqda…</translation>
    </message>
    <message>
        <source>Full text fetched</source>
        <translation>Toʻliq matn yuklandi</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>sababi nomaʼlum</translation>
    </message>
    <message>
        <source>No full text: {reason}</source>
        <translation>Toʻliq matn yoʻq: {reason}</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Oʻqilmagan deb belgilash</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Oʻqilgan deb belgilash</translation>
    </message>
    <message>
        <source>Remove star</source>
        <translation>Saralanganlardan olish</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Saralanganlarga</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Brauzerda ochish</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Havolani nusxalash</translation>
    </message>
    <message>
        <source>Open enclosure</source>
        <translation>Ilovani ochish</translation>
    </message>
    <message>
        <source>This article has no enclosure</source>
        <translation>Bu maqolada ilova yoʻq</translation>
    </message>
    <message>
        <source>No unread article below</source>
        <translation>Pastda oʻqilmagan maqola yoʻq</translation>
    </message>
</context>
<context>
    <name>RecoveryReport</name>
    <message>
        <source>Caravan&apos;s database was damaged; Caravan rebuilt it.</source>
        <translation>Caravan maʼlumotlar bazasi shikastlangan edi; Caravan uni tikladi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln ta obuna</numerusform>
            <numerusform>%Ln ta obuna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln ta maqola</numerusform>
            <numerusform>%Ln ta maqola</numerusform>
        </translation>
    </message>
    <message>
        <source>({marked} of them read or starred, marks kept)</source>
        <translation>(ulardan {marked} tasi oʻqilgan yoki saralangan, belgilar saqlandi)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rate(s)</source>
        <translation>
            <numerusform>%Ln ta kurs</numerusform>
            <numerusform>%Ln ta kurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Read from the damaged file: {what}.</source>
        <translation>Shikastlangan fayldan oʻqildi: {what}.</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file.</source>
        <translation>Shikastlangan fayldan hech narsa oʻqib boʻlmadi.</translation>
    </message>
    <message>
        <source>Taken from the backup of {taken}: {what} the damaged file no longer held.</source>
        <translation>{taken} dagi zaxira nusxadan olindi: shikastlangan faylda qolmagan {what}.</translation>
    </message>
    <message>
        <source>The backup of {taken} was not needed.</source>
        <translation>{taken} dagi zaxira nusxa kerak boʻlmadi.</translation>
    </message>
    <message>
        <source>There was no backup to fill in what the damage took.</source>
        <translation>Yoʻqolganini toʻldirish uchun zaxira nusxa yoʻq edi.</translation>
    </message>
    <message>
        <source>{pages} of the file&apos;s {total} pages</source>
        <translation>faylning {total} sahifasidan {pages} tasi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) whose feed was lost</source>
        <translation>
            <numerusform>lentasi yoʻqolgan %Ln ta maqola</numerusform>
            <numerusform>lentasi yoʻqolgan %Ln ta maqola</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be read: {lost}. Articles still in their feeds come back at the next refresh.</source>
        <translation>Oʻqib boʻlmadi: {lost}. Lentalarida hali bor maqolalar keyingi yangilashda qaytadi.</translation>
    </message>
    <message>
        <source>Every page of the damaged file could be read.</source>
        <translation>Shikastlangan faylning barcha sahifalari oʻqildi.</translation>
    </message>
    <message>
        <source>The damaged file is kept as {path}.</source>
        <translation>Shikastlangan fayl {path} sifatida saqlandi.</translation>
    </message>
    <message>
        <source>The damage: {reason}</source>
        <translation>Shikast: {reason}</translation>
    </message>
    <message>
        <source>{reason}. Caravan cannot repair it here: {why}. Copy the folder somewhere Caravan can write and open the copy with --data-dir to repair it.</source>
        <translation>{reason}. Caravan uni bu yerda tiklay olmaydi: {why}. Jildni Caravan yoza oladigan joyga nusxalang va tiklash uchun nusxani --data-dir bilan oching.</translation>
    </message>
    <message numerus="yes">
        <source>Caravan did not close its database last time, and the end of its write-ahead log ({file}) was damaged: the last %n change(s) saved before that could not be read and are lost. Everything saved before them is intact.</source>
        <translation>
            <numerusform>Oʻtgan safar Caravan maʼlumotlar bazasini yopmadi va uning oldindan yozish jurnalining oxiri ({file}) shikastlandi: soʻnggi saqlangan %n ta oʻzgarishni oʻqib boʻlmadi, ular yoʻqoldi. Ulardan oldin saqlanganlarning hammasi butun.</numerusform>
            <numerusform>Oʻtgan safar Caravan maʼlumotlar bazasini yopmadi va uning oldindan yozish jurnalining oxiri ({file}) shikastlandi: soʻnggi saqlangan %n ta oʻzgarishni oʻqib boʻlmadi, ular yoʻqoldi. Ulardan oldin saqlanganlarning hammasi butun.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshSummary</name>
    <message numerus="yes">
        <source>{ok}/%Ln feeds ok</source>
        <translation>
            <numerusform>%Ln ta lentadan {ok} tasi yaxshi</numerusform>
            <numerusform>%Ln ta lentadan {ok} tasi yaxshi</numerusform>
        </translation>
    </message>
    <message>
        <source>rates {day}</source>
        <translation>{day} kurslari</translation>
    </message>
</context>
<context>
    <name>RelativeDate</name>
    <message>
        <source>just now</source>
        <translation>hozirgina</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n daq oldin</numerusform>
            <numerusform>%n daq oldin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n soat oldin</numerusform>
            <numerusform>%n soat oldin</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday, {time}</source>
        <translation>kecha, {time}</translation>
    </message>
</context>
<context>
    <name>RepairMessages</name>
    <message>
        <source>Caravan must repair its database</source>
        <translation>Caravan maʼlumotlar bazasini tiklashi kerak</translation>
    </message>
    <message>
        <source>Caravan found damage in its database and will now restart to repair it.</source>
        <translation>Caravan maʼlumotlar bazasida shikast topdi va uni tiklash uchun hozir qayta ishga tushadi.</translation>
    </message>
    <message>
        <source>Everything that can still be read is kept, and what cannot is taken from the newest backup; the damaged file is kept aside. You will be told what was saved.</source>
        <translation>Hali oʻqiladigan hamma narsa saqlanadi, qolgani esa eng soʻnggi zaxira nusxadan olinadi; shikastlangan fayl alohida saqlab qoʻyiladi. Nimalar saqlab qolingani haqida sizga xabar beriladi.</translation>
    </message>
    <message>
        <source>Restart and repair</source>
        <translation>Qayta ishga tushirish va tiklash</translation>
    </message>
    <message>
        <source>Caravan repaired its database</source>
        <translation>Caravan maʼlumotlar bazasini tikladi</translation>
    </message>
    <message>
        <source>Caravan&apos;s database is damaged</source>
        <translation>Caravan maʼlumotlar bazasi shikastlangan</translation>
    </message>
    <message>
        <source>Caravan found damage in its database and cannot repair it here.</source>
        <translation>Caravan maʼlumotlar bazasida shikast topdi, lekin uni bu yerda tiklay olmaydi.</translation>
    </message>
</context>
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
        <source>Light</source>
        <translation>Yorugʻ</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Qorongʻi</translation>
    </message>
    <message>
        <source>Settings — Caravan</source>
        <translation>Sozlamalar — Caravan</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Lentalar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yangilash</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Kurslar</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>Satr</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Internetsiz</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Koʻrinish</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Ish stoli</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinxronlash</translation>
    </message>
    <message>
        <source>Saved in {file}; what you wrote there stays.</source>
        <translation>{file} ichida saqlanadi; u yerda yozganlaringiz qoladi.</translation>
    </message>
    <message>
        <source>Subscriptions are managed in the main window: File › Add feed…, and a right-click on a feed in the sidebar to rename, move or remove it.</source>
        <translation>Obunalar asosiy oynada boshqariladi: Fayl › Lenta qoʻshish…, yon paneldagi lentani sichqonchaning oʻng tugmasi bilan bosib, nomini oʻzgartirish, koʻchirish yoki oʻchirish mumkin.</translation>
    </message>
    <message numerus="yes">
        <source>The configuration file lists %n feed(s) in [[feeds]] tables.</source>
        <translation>
            <numerusform>Sozlamalar faylida [[feeds]] jadvallarida %n ta lenta bor.</numerusform>
            <numerusform>Sozlamalar faylida [[feeds]] jadvallarida %n ta lenta bor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is added to your subscriptions once, when Caravan starts; a feed you remove does not come back. Edit the file itself to change this list.</source>
        <translation>Har biri Caravan ishga tushganda obunalarga bir marta qoʻshiladi; oʻchirilgan lenta qaytmaydi. Bu roʻyxatni oʻzgartirish uchun faylning oʻzini tahrirlang.</translation>
    </message>
    <message>
        <source>Feeds in the configuration file</source>
        <translation>Sozlamalar faylidagi lentalar</translation>
    </message>
    <message>
        <source>Check feeds every:</source>
        <translation>Lentalarni tekshirish oraligʻi:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> daq</translation>
    </message>
    <message>
        <source>A feed that asks for a longer wait (its ttl) gets it.</source>
        <translation>Uzoqroq kutishni soʻragan lenta (uning ttl) shuni oladi.</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Bildirishnomalar:</translation>
    </message>
    <message>
        <source>Tell me when new articles arrive</source>
        <translation>Yangi maqolalar kelganda xabar berish</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Manba:</translation>
    </message>
    <message>
        <source>the source&apos;s own address</source>
        <translation>manbaning oʻz manzili</translation>
    </message>
    <message>
        <source>Address override:</source>
        <translation>Boshqa manzil:</translation>
    </message>
    <message>
        <source>A mirror, or a local server; when empty, the source&apos;s own.</source>
        <translation>Koʻzgu yoki mahalliy server; boʻsh boʻlsa — manbaning oʻziniki.</translation>
    </message>
    <message>
        <source>none (set them under [rates.urls] in the file)</source>
        <translation>yoʻq (fayldagi [rates.urls] boʻlimida beriladi)</translation>
    </message>
    <message>
        <source>Per-source addresses:</source>
        <translation>Manbalar manzillari:</translation>
    </message>
    <message>
        <source>Base currency:</source>
        <translation>Asosiy valyuta:</translation>
    </message>
    <message>
        <source>Pairs:</source>
        <translation>Juftliklar:</translation>
    </message>
    <message>
        <source>Codes separated by commas: “KGS” is KGS against the base currency,
“USD/UZS” is that exact pair.</source>
        <translation>Kodlar vergul bilan: “KGS” — KGS asosiy valyutaga nisbatan,
“USD/UZS” — aynan shu juftlik.</translation>
    </message>
    <message>
        <source>Update every:</source>
        <translation>Yangilash oraligʻi:</translation>
    </message>
    <message>
        <source>Official rates:</source>
        <translation>Rasmiy kurslar:</translation>
    </message>
    <message>
        <source>Each Central Asian currency from its central bank</source>
        <translation>Markaziy Osiyoning har bir valyutasi — oʻz markaziy bankidan</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Tezlik:</translation>
    </message>
    <message>
        <source> px/s</source>
        <translation> piks/s</translation>
    </message>
    <message>
        <source>Reduce motion:</source>
        <translation>Harakatni kamaytirish:</translation>
    </message>
    <message>
        <source>Still pages that turn, instead of scrolling</source>
        <translation>Aylantirish oʻrniga qoʻzgʻalmas sahifalarni almashtirish</translation>
    </message>
    <message>
        <source>Headlines:</source>
        <translation>Sarlavhalar:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yoʻq</translation>
    </message>
    <message>
        <source>The newest unread headlines, shown between the rates.</source>
        <translation>Kurslar orasida koʻrsatiladigan eng yangi oʻqilmagan sarlavhalar.</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Rasmlar:</translation>
    </message>
    <message>
        <source>Download the images of new articles</source>
        <translation>Yangi maqolalar rasmlarini yuklash</translation>
    </message>
    <message>
        <source>Image cache:</source>
        <translation>Rasmlar keshi:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>The least recently shown images go first.</source>
        <translation>Eng avval koʻrsatilgan rasmlar birinchi oʻchiriladi.</translation>
    </message>
    <message>
        <source>Full text:</source>
        <translation>Toʻliq matn:</translation>
    </message>
    <message>
        <source>Fetch the full text of teaser articles</source>
        <translation>Anons maqolalarning toʻliq matnini yuklash</translation>
    </message>
    <message>
        <source>For feeds that send only a few lines. A feed&apos;s own setting
(right-click it in the sidebar) wins.</source>
        <translation>Faqat bir necha qator yuboradigan lentalar uchun. Lentaning oʻz sozlamasi
(yon panelda oʻng tugma bilan) ustun.</translation>
    </message>
    <message>
        <source>Keep articles for:</source>
        <translation>Maqolalarni saqlash:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> kun</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Doimiy</translation>
    </message>
    <message>
        <source>Articles per feed:</source>
        <translation>Bir lentadagi maqola:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Cheklovsiz</translation>
    </message>
    <message>
        <source>Starred articles always stay.</source>
        <translation>Saralangan maqolalar doim qoladi.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Mavzu:</translation>
    </message>
    <message>
        <source>“Follow the system” uses the desktop&apos;s light or dark setting.</source>
        <translation>“Tizim boʻyicha” ish stolining yorugʻ yoki qorongʻi sozlamasini oladi.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Yangi til keyingi ishga tushirishda qoʻllanadi.</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>Oʻqish:</translation>
    </message>
    <message>
        <source>Mark an article read when it is opened</source>
        <translation>Ochilgan maqolani oʻqilgan deb belgilash</translation>
    </message>
    <message>
        <source>Ask before marking:</source>
        <translation>Belgilashdan oldin soʻrash:</translation>
    </message>
    <message>
        <source> articles</source>
        <translation> ta maqola</translation>
    </message>
    <message>
        <source>Never ask</source>
        <translation>Soʻramaslik</translation>
    </message>
    <message>
        <source>“Mark all as read” asks first when it would mark more articles
than this; the status bar offers to undo it either way.</source>
        <translation>“Hammasini oʻqilgan deb belgilash” maqolalar bundan koʻp boʻlsa, avval
soʻraydi; holat satri har holda bekor qilishni taklif qiladi.</translation>
    </message>
    <message>
        <source>Start Caravan when I log in</source>
        <translation>Tizimga kirganda Caravan ishga tushsin</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Kirish:</translation>
    </message>
    <message>
        <source>It opens in the tray, or as the compact ticker
if that is how you left it.</source>
        <translation>Trayda yoki, shunday qoldirgan boʻlsangiz,
ixcham yuguruvchi satr sifatida ochiladi.</translation>
    </message>
    <message>
        <source>Applications menu:</source>
        <translation>Dasturlar menyusi:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Sync server address</source>
        <translation>Sinxronlash serveri manzili</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Foydalanuvchi:</translation>
    </message>
    <message>
        <source>Sync user name</source>
        <translation>Sinxronlash foydalanuvchi nomi</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parol:</translation>
    </message>
    <message>
        <source>Sync password</source>
        <translation>Sinxronlash paroli</translation>
    </message>
    <message>
        <source>A Google Reader API server: Miniflux (its address),
FreshRSS (…/api/greader.php) and others. The password is
kept in the system&apos;s keyring, never in a file.</source>
        <translation>Google Reader API serveri: Miniflux (uning manzili),
FreshRSS (…/api/greader.php) va boshqalar. Parol
tizimning kalitlar omborida saqlanadi, faylda emas.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Kirish</translation>
    </message>
    <message>
        <source>Sign in to the sync server</source>
        <translation>Sinxronlash serveriga kirish</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Chiqish</translation>
    </message>
    <message>
        <source>Sign out of the sync server</source>
        <translation>Sinxronlash serveridan chiqish</translation>
    </message>
    <message>
        <source>Local feeds: check the folders to move into the account; the others stay local, fetched by Caravan.</source>
        <translation>Mahalliy lentalar: hisobga oʻtadigan jildlarni belgilang; qolganlari mahalliy qoladi va ularni Caravan yuklaydi.</translation>
    </message>
    <message>
        <source>Local folders to move into the sync account</source>
        <translation>Sinxronlash hisobiga oʻtkaziladigan mahalliy jildlar</translation>
    </message>
    <message>
        <source>Move into the account</source>
        <translation>Hisobga oʻtkazish</translation>
    </message>
    <message>
        <source>Move the checked folders into the sync account</source>
        <translation>Belgilangan jildlarni sinxronlash hisobiga oʻtkazish</translation>
    </message>
    <message>
        <source>(no folder)</source>
        <translation>(jildsiz)</translation>
    </message>
    <message numerus="yes">
        <source>{folder}: %n feeds</source>
        <translation>
            <numerusform>{folder}: %n ta lenta</numerusform>
            <numerusform>{folder}: %n ta lenta</numerusform>
        </translation>
    </message>
    <message>
        <source>No folder is checked.</source>
        <translation>Hech qaysi jild belgilanmagan.</translation>
    </message>
    <message>
        <source>Not moved: {error}.</source>
        <translation>Oʻtkazilmadi: {error}.</translation>
    </message>
    <message numerus="yes">
        <source>%n feeds move into the account with this sync.</source>
        <translation>
            <numerusform>Ushbu sinxronlashda %n ta lenta hisobga oʻtadi.</numerusform>
            <numerusform>Ushbu sinxronlashda %n ta lenta hisobga oʻtadi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sync account: Caravan fetches every feed itself.</source>
        <translation>Sinxronlash hisobi yoʻq: Caravan har bir lentani oʻzi yuklaydi.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>hech qachon</translation>
    </message>
    <message>
        <source>Signed in as {user} on {server}.</source>
        <translation>{server} serveriga {user} sifatida kirildi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln feed(s) synced</source>
        <translation>
            <numerusform>%Ln ta lenta sinxronlandi</numerusform>
            <numerusform>%Ln ta lenta sinxronlandi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln ta oʻzgarish yuborilishini kutmoqda</numerusform>
            <numerusform>%Ln ta oʻzgarish yuborilishini kutmoqda</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync: {when}.</source>
        <translation>oxirgi sinxronlash: {when}.</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Oxirgi xato: {error}</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Kirilmoqda…</translation>
    </message>
    <message>
        <source>Not signed in: {error}.</source>
        <translation>Kirilmadi: {error}.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Kirildi.</translation>
    </message>
    <message>
        <source>Signed in; {reason}, so it is asked at each start.</source>
        <translation>Kirildi; {reason}, shuning uchun parol har ishga tushirishda soʻraladi.</translation>
    </message>
    <message>
        <source>Signed out; the feeds stay, fetched by Caravan.</source>
        <translation>Chiqildi; lentalar qoladi, ularni Caravan yuklaydi.</translation>
    </message>
    <message>
        <source>Not saved. {error}.</source>
        <translation>Saqlanmadi. {error}.</translation>
    </message>
    <message>
        <source>Caravan is in the applications menu.</source>
        <translation>Caravan dasturlar menyusida bor.</translation>
    </message>
    <message>
        <source>Caravan is not in the applications menu.</source>
        <translation>Caravan dasturlar menyusida yoʻq.</translation>
    </message>
    <message>
        <source>Remove from the menu</source>
        <translation>Menyudan olib tashlash</translation>
    </message>
    <message>
        <source>Add to the menu</source>
        <translation>Menyuga qoʻshish</translation>
    </message>
    <message>
        <source>Not saved. {problems}</source>
        <translation>Saqlanmadi. {problems}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Feeds</source>
        <translation>Lentalar</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Barcha maqolalar</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Oʻqilmaganlar</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Saralanganlar</translation>
    </message>
    <message>
        <source>Paused: not fetched</source>
        <translation>Toʻxtatilgan: yuklanmaydi</translation>
    </message>
    <message>
        <source>Error ({count}×): {error}</source>
        <translation>Xato ({count}×): {error}</translation>
    </message>
    <message>
        <source>{folder}, empty folder</source>
        <translation>{folder}, boʻsh jild</translation>
    </message>
    <message>
        <source>An empty folder: drag feeds here</source>
        <translation>Boʻsh jild: lentalarni shu yerga sudrang</translation>
    </message>
    <message numerus="yes">
        <source>{label}, %Ln unread</source>
        <translation>
            <numerusform>{label}, %Ln ta oʻqilmagan</numerusform>
            <numerusform>{label}, %Ln ta oʻqilmagan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another Caravan is using {folder} but does not answer (it may be showing a message of its own). Close it, then start Caravan again.</source>
        <translation>Ishlab turgan boshqa Caravan {folder} jildidan foydalanmoqda, lekin javob bermayapti (u oʻz xabarini koʻrsatayotgan boʻlishi mumkin). Uni yoping, soʻng Caravanni qayta ishga tushiring.</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n bayt</numerusform>
            <numerusform>%n bayt</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Refresh progress</source>
        <translation>Yangilash jarayoni</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Hozir &amp;yangilash</translation>
    </message>
    <message>
        <source>Starting: the first refresh follows in a moment</source>
        <translation>Ishga tushmoqda: birinchi yangilash birozdan soʻng boshlanadi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s)</source>
        <translation>
            <numerusform>%Ln ta yangi maqola</numerusform>
            <numerusform>%Ln ta yangi maqola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing {done}/%Ln feed(s)</source>
        <translation>
            <numerusform>Yangilanmoqda: {done}/%Ln ta lenta</numerusform>
            <numerusform>Yangilanmoqda: {done}/%Ln ta lenta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feed(s) in error</source>
        <translation>
            <numerusform>%Ln ta lentada xato</numerusform>
            <numerusform>%Ln ta lentada xato</numerusform>
        </translation>
    </message>
    <message>
        <source> — another refresh follows</source>
        <translation> — keyin yana bir yangilash</translation>
    </message>
    <message>
        <source>Another refresh follows</source>
        <translation>Keyin yana bir yangilash</translation>
    </message>
    <message>
        <source>Offline since {time} — refreshing resumes when the network returns</source>
        <translation>{time} dan beri internetsiz — tarmoq qaytganda yangilash davom etadi</translation>
    </message>
    <message>
        <source>Offline at {time} — showing stored articles and rates</source>
        <translation>{time} da internetsiz — saqlangan maqolalar va kurslar koʻrsatilmoqda</translation>
    </message>
    <message>
        <source>Updated at {time}: {round}</source>
        <translation>{time} da yangilandi: {round}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Internetsiz</translation>
    </message>
    <message>
        <source>{reason}: showing what is stored</source>
        <translation>{reason}: saqlangani koʻrsatilmoqda</translation>
    </message>
    <message>
        <source>No network: showing what is stored</source>
        <translation>Tarmoq yoʻq: saqlangani koʻrsatilmoqda</translation>
    </message>
    <message>
        <source>Offline — showing stored articles and rates</source>
        <translation>Internetsiz — saqlangan maqolalar va kurslar koʻrsatilmoqda</translation>
    </message>
    <message numerus="yes">
        <source>{checked} of %Ln feeds checked</source>
        <translation>
            <numerusform>%Ln ta lentadan {checked} tasi tekshirildi</numerusform>
            <numerusform>%Ln ta lentadan {checked} tasi tekshirildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feed(s) checked</source>
        <translation>
            <numerusform>%Ln ta lenta tekshirildi</numerusform>
            <numerusform>%Ln ta lenta tekshirildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln old removed</source>
        <translation>
            <numerusform>oʻchirilgan eski maqolalar: %Ln</numerusform>
            <numerusform>oʻchirilgan eski maqolalar: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>rates failed</source>
        <translation>kurslar yuklanmadi</translation>
    </message>
    <message>
        <source>rates of {day}</source>
        <translation>{day} kurslari</translation>
    </message>
    <message>
        <source>rates unchanged</source>
        <translation>kurslar oʻzgarmadi</translation>
    </message>
    <message numerus="yes">
        <source>%n rate source(s) failed</source>
        <translation>
            <numerusform>%n ta kurs manbasi javob bermadi</numerusform>
            <numerusform>%n ta kurs manbasi javob bermadi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) wait(s) as the server asked (Retry-After)</source>
        <translation>
            <numerusform>%n ta lenta server soʻraganidek kutmoqda (Retry-After)</numerusform>
            <numerusform>%n ta lenta server soʻraganidek kutmoqda (Retry-After)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing feed(s) wait(s) for the next check</source>
        <translation>
            <numerusform>Xatoli %n ta lenta keyingi tekshiruvni kutmoqda</numerusform>
            <numerusform>Xatoli %n ta lenta keyingi tekshiruvni kutmoqda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln full text(s)</source>
        <translation>
            <numerusform>%Ln ta toʻliq matn</numerusform>
            <numerusform>%Ln ta toʻliq matn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) kept offline</source>
        <translation>
            <numerusform>%Ln ta rasm internetsiz oʻqish uchun saqlandi</numerusform>
            <numerusform>%Ln ta rasm internetsiz oʻqish uchun saqlandi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Subscriptions</name>
    <message>
        <source>&amp;Add feed…</source>
        <translation>&amp;Lenta qoʻshish…</translation>
    </message>
    <message>
        <source>&amp;Import subscriptions (OPML)…</source>
        <translation>Obunalarni &amp;import qilish (OPML)…</translation>
    </message>
    <message>
        <source>&amp;Export subscriptions (OPML)…</source>
        <translation>Obunalarni &amp;eksport qilish (OPML)…</translation>
    </message>
    <message>
        <source>New &amp;folder…</source>
        <translation>Yangi &amp;jild…</translation>
    </message>
    <message>
        <source>Feeds with &amp;errors…</source>
        <translation>&amp;Xatoli lentalar…</translation>
    </message>
    <message>
        <source>Edit feed address</source>
        <translation>Lenta manzilini tahrirlash</translation>
    </message>
    <message>
        <source>{feed} now comes from {address}</source>
        <translation>{feed} endi {address} manzilidan yuklanadi</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %n feed(s)</source>
        <translation>
            <numerusform>%n ta lentaga obuna boʻldingiz</numerusform>
            <numerusform>%n ta lentaga obuna boʻldingiz</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed to {address}</source>
        <translation>{address} manziliga obuna boʻldingiz</translation>
    </message>
    <message>
        <source>{done}. {reason}: its articles come with the first refresh online</source>
        <translation>{done}. {reason}: maqolalar internetga ulangandan keyingi birinchi yangilanishda keladi</translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>Obunalarni import qilish</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml)</source>
        <translation>OPML fayllari (*.opml *.xml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Cannot import {file}: {error}</source>
        <translation>{file} import qilinmadi: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new feed(s)</source>
        <translation>
            <numerusform>%Ln ta yangi lenta import qilindi</numerusform>
            <numerusform>%Ln ta yangi lenta import qilindi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already subscribed</source>
        <translation>
            <numerusform>%Ln tasiga allaqachon obuna boʻlgansiz</numerusform>
            <numerusform>%Ln tasiga allaqachon obuna boʻlgansiz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries skipped</source>
        <translation>
            <numerusform>%Ln ta yozuv oʻtkazib yuborildi</numerusform>
            <numerusform>%Ln ta yozuv oʻtkazib yuborildi</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}: fetched when online</source>
        <translation>{reason}: internetga ulanganda yuklanadi</translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Obunalarni eksport qilish</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>OPML fayllari (*.opml)</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>{file} yozilmadi: {error}</translation>
    </message>
    <message>
        <source>Subscriptions written to {file}</source>
        <translation>Obunalar {file} fayliga yozildi</translation>
    </message>
    <message>
        <source>Refresh this feed</source>
        <translation>Bu lentani yangilash</translation>
    </message>
    <message>
        <source>Paused: resume fetching first</source>
        <translation>Toʻxtatilgan: avval yuklashni davom ettiring</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Hammasini oʻqilgan deb belgilash</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Xususiyatlar…</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Manzilni nusxalash</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Saytni ochish</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Nomini oʻzgartirish…</translation>
    </message>
    <message>
        <source>Move to folder…</source>
        <translation>Jildga koʻchirish…</translation>
    </message>
    <message>
        <source>Resume fetching</source>
        <translation>Yuklashni davom ettirish</translation>
    </message>
    <message>
        <source>Pause fetching</source>
        <translation>Yuklashni toʻxtatib turish</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Toʻliq matn</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Oʻchirish…</translation>
    </message>
    <message>
        <source>Refreshing {feed}…</source>
        <translation>{feed} yangilanmoqda…</translation>
    </message>
    <message>
        <source>Refused to open {address}: not a web link</source>
        <translation>{address} ochilmadi: bu veb-havola emas</translation>
    </message>
    <message>
        <source>Rename feed</source>
        <translation>Lenta nomini oʻzgartirish</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Nomi:</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>Jildga koʻchirish</translation>
    </message>
    <message>
        <source>Folder (empty for none):</source>
        <translation>Jild (boʻsh boʻlsa — jildsiz):</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Lentani oʻchirish</translation>
    </message>
    <message>
        <source>Unsubscribe from {feed} and delete its articles?</source>
        <translation>{feed} lentasiga obuna bekor qilinib, uning maqolalari oʻchirilsinmi?</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n ta yangi maqola</numerusform>
            <numerusform>%n ta yangi maqola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n ta oʻzgarish yuborildi</numerusform>
            <numerusform>%n ta oʻzgarish yuborildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) taken from the server</source>
        <translation>
            <numerusform>serverdan %n ta belgi olindi</numerusform>
            <numerusform>serverdan %n ta belgi olindi</numerusform>
        </translation>
    </message>
    <message>
        <source>feeds +{added} -{removed}</source>
        <translation>lentalar +{added} −{removed}</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>oʻzgarishlarni yuborish</translation>
    </message>
    <message>
        <source>reading read and starred marks</source>
        <translation>oʻqilgan va saralangan belgilarini olish</translation>
    </message>
    <message>
        <source>fetching articles</source>
        <translation>maqolalarni yuklash</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>S&amp;ync with server</source>
        <translation>Server bilan si&amp;nxronlash</translation>
    </message>
    <message>
        <source>No sync account is set up (Settings, Sync)</source>
        <translation>Sinxronlash hisobi sozlanmagan (Sozlamalar, Sinxronlash)</translation>
    </message>
    <message>
        <source>Sync paused: no password (none is kept in a keyring)</source>
        <translation>Sinxronlash toʻxtatildi: parol yoʻq (kalitlar omborida yoʻq)</translation>
    </message>
    <message>
        <source>Syncing with the server…</source>
        <translation>Server bilan sinxronlanmoqda…</translation>
    </message>
    <message>
        <source>Send the changes made here and take the server&apos;s</source>
        <translation>Bu yerdagi oʻzgarishlarni yuborib, serverdagilarini olish</translation>
    </message>
    <message>
        <source>A sync is running; another follows it</source>
        <translation>Sinxronlash ketmoqda; undan keyin yana biri boʻladi</translation>
    </message>
    <message>
        <source>Sync password</source>
        <translation>Sinxronlash paroli</translation>
    </message>
    <message>
        <source>No keyring keeps the password here.
Password of {user} on {server}:</source>
        <translation>Bu yerda parolni saqlaydigan kalitlar ombori yoʻq.
{server} serveridagi {user} paroli:</translation>
    </message>
    <message>
        <source>Syncing: {stage} ({done})</source>
        <translation>Sinxronlash: {stage} ({done})</translation>
    </message>
    <message>
        <source>Sync failed at {time}: {error}</source>
        <translation>Sinxronlash {time} da muvaffaqiyatsiz: {error}</translation>
    </message>
    <message>
        <source>Synced at {time}: {summary}</source>
        <translation>{time} da sinxronlandi: {summary}</translation>
    </message>
</context>
<context>
    <name>Ticker</name>
    <message>
        <source>Paused</source>
        <translation>Toʻxtatildi</translation>
    </message>
    <message>
        <source>P or Ctrl+Shift+P resumes</source>
        <translation>P yoki Ctrl+Shift+P — davom ettirish</translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation>Valyuta kurslari</translation>
    </message>
    <message>
        <source>No rates yet</source>
        <translation>Kurslar hali yoʻq</translation>
    </message>
</context>
<context>
    <name>TickerAccess</name>
    <message>
        <source>Opens its article</source>
        <translation>Maqolasini ochadi</translation>
    </message>
    <message>
        <source>Opens its detail</source>
        <translation>Tafsilotlarini ochadi</translation>
    </message>
</context>
<context>
    <name>TickerItems</name>
    <message numerus="yes">
        <source>Valid for {day} (%n days ago)</source>
        <translation>
            <numerusform>{day} uchun amal qiladi (%n kun oldin)</numerusform>
            <numerusform>{day} uchun amal qiladi (%n kun oldin)</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid for {day}</source>
        <translation>{day} uchun amal qiladi</translation>
    </message>
    <message>
        <source>Change since the previous day: {change}</source>
        <translation>Oldingi kunga nisbatan oʻzgarish: {change}</translation>
    </message>
    <message>
        <source>Change: unknown (no earlier rate stored)</source>
        <translation>Oʻzgarish: nomaʼlum (oldingi kurs saqlanmagan)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Manba: {source}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Out of date&lt;/b&gt;: the source publishes every day, and no newer rate has been stored</source>
        <translation>&lt;b&gt;Eskirgan&lt;/b&gt;: manba kursni har kuni eʼlon qiladi, yangirogʻi esa saqlanmagan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Out of date&lt;/b&gt;: the source publishes on working days, and no newer rate has been stored</source>
        <translation>&lt;b&gt;Eskirgan&lt;/b&gt;: manba kursni ish kunlari eʼlon qiladi, yangirogʻi esa saqlanmagan</translation>
    </message>
    <message>
        <source>{base} to {quote} {value}</source>
        <translation>{base}: {value} ({quote})</translation>
    </message>
    <message>
        <source>, up {amount} percent</source>
        <translation>, {amount} foizga oshdi</translation>
    </message>
    <message>
        <source>, down {amount} percent</source>
        <translation>, {amount} foizga tushdi</translation>
    </message>
    <message>
        <source>, unchanged</source>
        <translation>, oʻzgarishsiz</translation>
    </message>
    <message>
        <source>, out of date: the rate of {day}</source>
        <translation>, eskirgan: {day} kursi</translation>
    </message>
    <message>
        <source>Click for the detail</source>
        <translation>Tafsilotlar uchun bosing</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(nomsiz)</translation>
    </message>
    <message>
        <source>Click to read</source>
        <translation>Oʻqish uchun bosing</translation>
    </message>
    <message>
        <source>Headline: {title}, from {feed}</source>
        <translation>Sarlavha: {title}, lenta: {feed}</translation>
    </message>
</context>
<context>
    <name>TickerMode</name>
    <message>
        <source>Rates</source>
        <translation>Kurslar</translation>
    </message>
    <message>
        <source>&amp;Pause the ticker</source>
        <translation>Yuguruvchi satrni &amp;toʻxtatish</translation>
    </message>
    <message>
        <source>&amp;Reduce motion (still pages)</source>
        <translation>Harakatni &amp;kamaytirish (qimirlamas sahifalar)</translation>
    </message>
    <message>
        <source>&amp;Compact ticker (reader hidden)</source>
        <translation>&amp;Ixcham yuguruvchi satr (oʻqish oynasi yashirin)</translation>
    </message>
    <message>
        <source>Compact ticker at the &amp;bottom edge</source>
        <translation>Ixcham satr &amp;pastki chetda</translation>
    </message>
    <message>
        <source>&amp;Show the reader</source>
        <translation>Oʻqish oynasini &amp;koʻrsatish</translation>
    </message>
    <message>
        <source>&amp;Top edge</source>
        <translation>&amp;Yuqori chet</translation>
    </message>
    <message>
        <source>&amp;Bottom edge</source>
        <translation>&amp;Pastki chet</translation>
    </message>
    <message>
        <source>Sc&amp;reen</source>
        <translation>&amp;Ekran</translation>
    </message>
    <message>
        <source>Screen of the compact ticker</source>
        <translation>Ixcham yuguruvchi satr ekrani</translation>
    </message>
    <message>
        <source>No rates yet</source>
        <translation>Kurslar hali yoʻq</translation>
    </message>
    <message>
        <source>Show rate &amp;ticker</source>
        <translation>Kurslar yuguruvchi &amp;satrini koʻrsatish</translation>
    </message>
    <message>
        <source>Rate &amp;details</source>
        <translation>Kurs &amp;tafsilotlari</translation>
    </message>
    <message>
        <source>Offline — no rates stored yet</source>
        <translation>Internetsiz — kurslar hali saqlanmagan</translation>
    </message>
    <message>
        <source>Loading rates…</source>
        <translation>Kurslar yuklanmoqda…</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show or hide the reader</source>
        <translation>Oʻqish oynasini koʻrsatish yoki yashirish</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Hozir yangilash</translation>
    </message>
    <message>
        <source>Quit Caravan</source>
        <translation>Caravandan chiqish</translation>
    </message>
    <message numerus="yes">
        <source>Caravan — %Ln unread</source>
        <translation>
            <numerusform>Caravan — %Ln ta oʻqilmagan</numerusform>
            <numerusform>Caravan — %Ln ta oʻqilmagan</numerusform>
        </translation>
    </message>
    <message>
        <source>Caravan — all read</source>
        <translation>Caravan — hammasi oʻqilgan</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Bekor qilish</translation>
    </message>
</context>
<context>
    <name>WindowContext</name>
    <message>
        <source>Caravan was started offline (--offline)</source>
        <translation>Caravan internetsiz ishga tushirildi (--offline)</translation>
    </message>
    <message>
        <source>{reason}: feeds and rates are not refreshed</source>
        <translation>{reason}: lentalar va kurslar yangilanmaydi</translation>
    </message>
    <message>
        <source>{reason}: the article&apos;s page is not fetched</source>
        <translation>{reason}: maqola sahifasi yuklanmaydi</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Saqlab boʻlmadi: {error}</translation>
    </message>
</context>
</TS>
