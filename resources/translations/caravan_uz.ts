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
        <source>Language:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Yangi til keyingi ishga tushirishda qoʻllanadi.</translation>
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
</TS>
