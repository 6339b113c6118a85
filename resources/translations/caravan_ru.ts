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
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Новый язык будет применён при следующем запуске.</translation>
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
</TS>
