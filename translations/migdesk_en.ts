<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ru_RU">
<context>
    <name>ActsPage</name>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="47"/>
        <source>№ акта</source>
        <translation>Act No.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="48"/>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="49"/>
        <source>Запись</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="50"/>
        <source>Уничтожил</source>
        <translation>Destroyed by</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="51"/>
        <source>Основание</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="57"/>
        <source>Сохранить акт в PDF…</source>
        <translation>Save act as PDF…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="62"/>
        <source>Акт можно сохранить повторно в любой момент.</source>
        <translation>An act can be saved again at any time.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="97"/>
        <source>Акт об уничтожении № {number}.pdf</source>
        <translation>Act of destruction No. {number}.pdf</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="102"/>
        <source>Сохранить акт об уничтожении № {number}</source>
        <translation>Save act of destruction No. {number}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="103"/>
        <source>Документы PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="122"/>
        <source>Не удалось записать файл «{path}»; акт можно сохранить повторно.</source>
        <translation>Could not write the file “{path}”; the act can be saved again.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="128"/>
        <source>Акт № {number} сохранён: {path}</source>
        <translation>Act No. {number} saved: {path}</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="101"/>
        <source>Новый пользователь</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="102"/>
        <source>Добавить</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="104"/>
        <source>латиницей, например ivanov.a</source>
        <translation>Latin letters, e.g. ivanov.a</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="111"/>
        <source>вводит и изменяет записи о лицах</source>
        <translation>enters and edits person records</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="112"/>
        <source>просматривает, подписывает, утверждает уничтожение</source>
        <translation>reviews, signs, approves destruction</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="113"/>
        <source>пользователи, резервные копии, настройки</source>
        <translation>users, backups, settings</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="114"/>
        <source>только доставка и проверка пакетов</source>
        <translation>only carries and checks bundles</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="126"/>
        <source>Имя пользователя:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="127"/>
        <source>ФИО:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="128"/>
        <source>Роли:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="129"/>
        <source>Пароль:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="131"/>
        <source>Повторите пароль:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="148"/>
        <source>Пароли не совпадают.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="102"/>
        <source>Сменить пароль…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="105"/>
        <source>&amp;Администрирование</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="108"/>
        <source>Пользователи…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="111"/>
        <source>Журнал аудита</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="114"/>
        <source>Сроки хранения</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="120"/>
        <source>Резервная копия…</source>
        <translation>Backup…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="123"/>
        <source>Автоматическая блокировка…</source>
        <translation>Automatic lock…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="128"/>
        <source>Правило паролей…</source>
        <translation>Password rule…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="133"/>
        <source>Бланк и подписание…</source>
        <translation>Letterhead and signing…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="158"/>
        <source>Недоступно для ваших ролей</source>
        <translation>Not available for your roles</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="218"/>
        <source>Автоматическая блокировка: через {minutes} мин бездействия.</source>
        <translation>Automatic lock: after {minutes} min of inactivity.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="239"/>
        <source>Создать копию…</source>
        <translation>Create a backup…</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="44"/>
        <source>Состояние</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="50"/>
        <source>Вступление в силу:</source>
        <translation>Entry into force:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="52"/>
        <source>Прекращение:</source>
        <translation>Termination:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="54"/>
        <source>Обмен перечнями подписантов (45 дней):</source>
        <translation>Signatory list exchange (45 days):</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="59"/>
        <source>Получено</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="60"/>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="160"/>
        <source>Уведомление</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="61"/>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="161"/>
        <source>Сторона</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="62"/>
        <source>Реквизиты</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="63"/>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="164"/>
        <source>Примечание</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="67"/>
        <source>Записать уведомление…</source>
        <translation>Record notification…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="74"/>
        <source>Соглашение вступает в силу с даты получения последнего уведомления о внутригосударственных процедурах и прекращается через шесть месяцев после получения уведомления о прекращении.</source>
        <translation>The Agreement enters into force on receipt of the last notification on internal procedures and terminates six months after receipt of a termination notice.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="91"/>
        <source>о выполнении внутригосударственных процедур</source>
        <translation>internal procedures completed</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="92"/>
        <source>о прекращении</source>
        <translation>termination</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="102"/>
        <source>не вступило (нет уведомлений обеих Сторон)</source>
        <translation>not in force (notifications of both Parties missing)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="105"/>
        <source>уведомление получено {notice}; прекращает действие {end}</source>
        <translation>notice received {notice}; terminates {end}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="111"/>
        <source>уведомлений о прекращении нет</source>
        <translation>no termination notice</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="113"/>
        <source>срок начнётся со вступления в силу</source>
        <translation>the period starts at entry into force</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="115"/>
        <source>срок {due}; наш перечень направлен {sent}</source>
        <translation>due {due}; our list sent {sent}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="120"/>
        <source>срок {due} истёк, наш перечень не направлен</source>
        <translation>due {due} has passed, our list not sent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="125"/>
        <source>срок {due}, осталось {days} дн.; наш перечень не направлен</source>
        <translation>due {due}, {days} days left; our list not sent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="130"/>
        <source>; перечень другой Стороны получен {day}</source>
        <translation>; the other Party&apos;s list received {day}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="150"/>
        <source>Уведомление по ст.&#xa0;17</source>
        <translation>Notification under Art.&#xa0;17</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="162"/>
        <source>Дата получения</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="163"/>
        <source>Реквизиты ноты</source>
        <translation>Note reference</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="165"/>
        <source>Прекратит действие</source>
        <translation>Terminates on</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="45"/>
        <source>Ответ на запрос согласия — MigDesk</source>
        <translation>Answer to a consent request — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="48"/>
        <source>Дать согласие</source>
        <translation>Grant consent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="49"/>
        <source>Отказать</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="59"/>
        <source>например, № 12-3/45 от 26.11.2026</source>
        <translation>e.g. No. 12-3/45 of 26.11.2026</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="65"/>
        <source>Запрашивает:</source>
        <translation>Requested by:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="66"/>
        <source>Запись:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="68"/>
        <source>передать в {authority} (ст.&#xa0;11.3)</source>
        <translation>pass on to {authority} (Art.&#xa0;11.3)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="72"/>
        <source>использовать для другой цели (ст.&#xa0;11.2)</source>
        <translation>use for another purpose (Art.&#xa0;11.2)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="73"/>
        <source>Просит:</source>
        <translation>Asks to:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="74"/>
        <source>Цель:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="75"/>
        <source>Решение:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="76"/>
        <source>Наше письмо:</source>
        <translation>Our letter:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="77"/>
        <source>Дата решения:</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="79"/>
        <source>Записать ответ</source>
        <translation>Record the answer</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="86"/>
        <source>Выберите решение: дать согласие или отказать.</source>
        <translation>Choose a decision: grant or refuse consent.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="104"/>
        <source>согласие</source>
        <translation>consent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="104"/>
        <source>отказ</source>
        <translation>refusal</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="108"/>
        <source>Ответ записан ({decision}). Он уйдёт со следующим пакетом в {authority} («Обмен» → «Выгрузить пакет…»).</source>
        <translation>Answer recorded ({decision}). It leaves with the next bundle to {authority} (“Exchange” → “Export bundle…”).</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="47"/>
        <source>Вложения</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="60"/>
        <source>Приложить файл…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="62"/>
        <source>Проверить подпись…</source>
        <translation>Check signature…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="64"/>
        <source>Проверить электронную подпись вложения PDF по доверенным сертификатам</source>
        <translation>Check the electronic signature of the PDF attachment against the trusted certificates</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="68"/>
        <source>Сохранить копию…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="70"/>
        <source>Записать выбранное вложение в файл в точности как оно хранится</source>
        <translation>Write the selected attachment to a file exactly as it is stored</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="95"/>
        <source>Вложение</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="95"/>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="180"/>
        <source>Все файлы (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="113"/>
        <source> (с шагом {seq})</source>
        <translation> (with step {seq})</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="119"/>
        <source>добавлено {when}</source>
        <translation>added {when}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="127"/>
        <source>{name}, {size} — будет сохранено</source>
        <translation>{name}, {size} — to be saved</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="179"/>
        <source>Сохранить копию вложения</source>
        <translation>Save a copy of the attachment</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="197"/>
        <source>Сохранение копии вложения…</source>
        <translation>Saving a copy of the attachment…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="210"/>
        <source>Копия вложения сохранена: {path}</source>
        <translation>Copy of the attachment saved: {path}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="213"/>
        <source>Копия сохранена</source>
        <translation>Copy saved</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="230"/>
        <source>Проверка подписи…</source>
        <translation>Checking the signature…</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="124"/>
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="125"/>
        <source>Время</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="126"/>
        <source>Пользователь</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="127"/>
        <source>Действие</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="128"/>
        <source>Запись</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="129"/>
        <source>Цель</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="130"/>
        <source>Подробности</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="86"/>
        <source>Журнал аудита — MigDesk</source>
        <translation>Audit trail — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="89"/>
        <location filename="../migdesk/ui/audit_window.py" line="289"/>
        <source>Проверка цепочки хешей…</source>
        <translation>Checking the hash chain…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="94"/>
        <source>Проверить снова</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="109"/>
        <source>все</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="111"/>
        <source>Все действия</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="115"/>
        <source>идентификатор записи</source>
        <translation>record identifier</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="118"/>
        <source>с</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="119"/>
        <source>по</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="120"/>
        <source>Показать</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="126"/>
        <source>Пользователь:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="128"/>
        <source>Действие:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="130"/>
        <source>Запись:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="160"/>
        <source>Показать ещё {count}</source>
        <translation>Show {count} more</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="164"/>
        <source>Выгрузить в PDF…</source>
        <translation>Export to PDF…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="166"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="180"/>
        <source>Каждая запись содержит хеш предыдущей: изменение, удаление или перестановка записей нарушают цепочку; вершина цепочки позволяет обнаружить отсечение последних записей. Просмотр журнала тоже записывается в журнал.</source>
        <translation>Each entry holds the hash of the previous one: editing, removing or reordering entries breaks the chain; the head of the chain reveals a cut-off tail. Viewing the trail is recorded in the trail too.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="248"/>
        <source>Показаны последние {count} записей.</source>
        <translation>Showing the latest {count} entries.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="250"/>
        <source>Записей: {count}</source>
        <translation>Entries: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="313"/>
        <source>Цепочка хешей цела, записей: {count}.</source>
        <translation>The hash chain is intact: {count} entries.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="319"/>
        <source>ЦЕПОЧКА НАРУШЕНА: {problem}. Первая повреждённая запись № {first}; целых записей до неё: {count}.</source>
        <translation>CHAIN BROKEN: {problem}. First damaged entry No. {first}; {count} entries before it are intact.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="324"/>
        <source>Вершина цепочки при проверке: {head}</source>
        <translation>Head of the chain when checked: {head}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="341"/>
        <source>Выгрузить журнал аудита</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="342"/>
        <source>Документы PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="343"/>
        <source>Журнал аудита {date}.pdf</source>
        <translation>Audit trail {date}.pdf</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="361"/>
        <source>Выгрузка журнала аудита в PDF…</source>
        <translation>Exporting the audit trail to PDF…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="377"/>
        <source>Журнал выгружен</source>
        <translation>Trail exported</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="378"/>
        <source>Журнал аудита выгружен: {path}
Записей: {count}.</source>
        <translation>The audit trail was exported: {path}
Entries: {count}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="387"/>
        <source>Не удалось записать файл «{path}».</source>
        <translation>Could not write the file “{path}”.</translation>
    </message>
</context>
<context>
    <name>AuthoritiesTab</name>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="47"/>
        <source>Код</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="48"/>
        <source>Сторона</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="49"/>
        <source>Наименование (именительный падеж)</source>
        <translation>Name (nominative)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="50"/>
        <source>Кратко</source>
        <translation>Short</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="51"/>
        <source>Компетентен с</source>
        <translation>Competent from</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="52"/>
        <source>по</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="53"/>
        <source>Преемник</source>
        <translation>Successor</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="60"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="148"/>
        <source>Действует с</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="61"/>
        <source>Именительный падеж</source>
        <translation>Nominative</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="62"/>
        <source>Дательный падеж</source>
        <translation>Dative</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="63"/>
        <source>Изменение</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="64"/>
        <source>Уведомление</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="68"/>
        <source>Переименование…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="70"/>
        <source>Замена органа…</source>
        <translation>Replace authority…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="76"/>
        <source>История наименований выбранного органа: документы берут имя на их дату.</source>
        <translation>Name history of the selected authority: documents use the name valid on their date.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="122"/>
        <source>по Соглашению</source>
        <translation>per the Agreement</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="123"/>
        <source>переименование</source>
        <translation>renamed</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="124"/>
        <source>образован (замена)</source>
        <translation>established (replacement)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="130"/>
        <source> от {day}</source>
        <translation> of {day}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="135"/>
        <source>исходное</source>
        <translation>original</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="145"/>
        <source>Переименование органа {code}</source>
        <translation>Rename authority {code}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="149"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="192"/>
        <source>Наименование (именительный)</source>
        <translation>Name (nominative)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="150"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="193"/>
        <source>Наименование (дательный)</source>
        <translation>Name (dative)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="151"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="194"/>
        <source>Краткое наименование</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="152"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="188"/>
        <source>Уведомление (номер, дата ноты)</source>
        <translation>Notification (note number and date)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="153"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="189"/>
        <source>Получено</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="174"/>
        <source>Замена органа {code}</source>
        <translation>Replace authority {code}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="181"/>
        <source>Код органа-преемника</source>
        <translation>Successor code</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="187"/>
        <source>С даты</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="190"/>
        <source>Для нового органа укажите его наименования:</source>
        <translation>For a new authority, give its names:</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <location filename="../migdesk/ui/tasks.py" line="203"/>
        <source>Отмена…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/tasks.py" line="256"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/tasks.py" line="261"/>
        <source>Выполняется…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../migdesk/ui/drives.py" line="95"/>
        <source>Б</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/drives.py" line="96"/>
        <source>КБ</source>
        <translation>KB</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/drives.py" line="97"/>
        <source>МБ</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/drives.py" line="98"/>
        <source>ГБ</source>
        <translation>GB</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/drives.py" line="99"/>
        <source>ТБ</source>
        <translation>TB</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="79"/>
        <source>Резервная копия — MigDesk</source>
        <translation>Backup — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="84"/>
        <source>Другая папка…</source>
        <translation>Other folder…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="93"/>
        <source>Создать копию</source>
        <translation>Create backup</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="96"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="104"/>
        <source>Копия зашифрована тем же ключом, что и хранилище, и открывается теми же паролями. Рядом с ней записывается файл ключей (.keys): храните их вместе. Размер хранилища: {size}.</source>
        <translation>The backup is encrypted with the vault&apos;s key and opens with the same passwords. A key file (.keys) is written next to it: keep both together. Vault size: {size}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="110"/>
        <source>Куда записать:</source>
        <translation>Write to:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="123"/>
        <source>Домашняя папка</source>
        <translation>Home folder</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="128"/>
        <source>Съёмный носитель</source>
        <translation>Removable drive</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="128"/>
        <source>Папка</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="130"/>
        <source>свободно {free} из {total}</source>
        <translation>{free} free of {total}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="135"/>
        <source>свободное место неизвестно</source>
        <translation>free space unknown</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="162"/>
        <source>Папка копии: {path}</source>
        <translation>Backup folder: {path}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="165"/>
        <source>На этом носителе может не хватить места (нужно около {size}).</source>
        <translation>This drive may not have enough space (about {size} needed).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="173"/>
        <source>Папка для резервной копии</source>
        <translation>Folder for the backup</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="201"/>
        <source>Создание и проверка резервной копии…</source>
        <translation>Creating and checking the backup…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="216"/>
        <source>Резервная копия создана</source>
        <translation>Backup created</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="218"/>
        <source>Резервная копия создана и проверена:
{path}

Файл ключей: {keys}
Размер: {size}; записей о лицах: {persons}.

Храните оба файла вместе.</source>
        <translation>The backup was created and checked:
{path}

Key file: {keys}
Size: {size}; person records: {persons}.

Keep both files together.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="238"/>
        <source>Резервное копирование отменено; неполная копия удалена.</source>
        <translation>Backup cancelled; the incomplete copy was removed.</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="60"/>
        <source>Резервная копия этого хранилища ещё не создавалась.</source>
        <translation>No backup of this vault has been made yet.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="65"/>
        <source>Последняя резервная копия — {date}: старше {days} дн.</source>
        <translation>Last backup — {date}: older than {days} days.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="88"/>
        <source>Подписать и напечатать — MigDesk</source>
        <translation>Sign and print — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="100"/>
        <source>Ключ подписанта (один для всех документов)</source>
        <translation>Signer&apos;s key (one for all documents)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="104"/>
        <source>Напечатать (с местом для собственноручной подписи)</source>
        <translation>Print (with space for a handwritten signature)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="106"/>
        <source>Сохранить подписанные PDF в папку</source>
        <translation>Save the signed PDFs to a folder</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="109"/>
        <source>Выбрать папку…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="126"/>
        <source>Подписать и напечатать</source>
        <translation>Sign and print</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="130"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="138"/>
        <source>Документы нашей Стороны по выбранным запросам:</source>
        <translation>Our side&apos;s documents for the selected requests:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="154"/>
        <source>Загрузка…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="164"/>
        <source>нет документа нашей Стороны</source>
        <translation>no document of our side</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="166"/>
        <source>{document} — уже подписано</source>
        <translation>{document} — already signed</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="168"/>
        <source>Документов: {count}</source>
        <translation>Documents: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="177"/>
        <source>Папка для подписанных документов</source>
        <translation>Folder for the signed documents</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="201"/>
        <source>Выберите папку для подписанных документов.</source>
        <translation>Choose a folder for the signed documents.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="205"/>
        <source>Отметьте печать или сохранение в папку.</source>
        <translation>Tick printing or saving to a folder.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="211"/>
        <source>Печать документов</source>
        <translation>Print documents</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="228"/>
        <source>Для запроса {title} нет письма нашей Стороны для подписания.</source>
        <translation>Request {title} has no letter of our side to sign.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="235"/>
        <source>Выполняется…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="238"/>
        <source>Подписание и печать документов…</source>
        <translation>Signing and printing documents…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="261"/>
        <source>Подписано: {count}</source>
        <translation>Signed: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="263"/>
        <source>напечатано страниц: {pages}</source>
        <translation>pages printed: {pages}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="265"/>
        <source>сохранено файлов: {count}</source>
        <translation>files saved: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="268"/>
        <source>уже подписано ранее: {count}</source>
        <translation>already signed before: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="270"/>
        <source>не выполнено: {count}</source>
        <translation>not done: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="273"/>
        <source>Отменено. {summary}</source>
        <translation>Cancelled. {summary}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="276"/>
        <source>уже подписано, не подписывалось повторно</source>
        <translation>already signed, not signed again</translation>
    </message>
</context>
<context>
    <name>BundleLogWindow</name>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="82"/>
        <source>Журнал пакетов — MigDesk</source>
        <translation>Bundle log — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="85"/>
        <source>Направление</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="86"/>
        <source>Орган</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="87"/>
        <source>Канал</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="88"/>
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="89"/>
        <source>Создан</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="90"/>
        <source>Вид</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="91"/>
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="92"/>
        <source>Подтверждён</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="93"/>
        <source>Содержимое</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="106"/>
        <source>Реестр передачи…</source>
        <translation>Transmittal register…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="108"/>
        <source>Реестр передачи курьеру для выбранных отправленных пакетов (PDF)</source>
        <translation>Courier transmittal register for the selected sent bundles (PDF)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="112"/>
        <source>Обновить</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="122"/>
        <source>Отправленные пакеты подтверждаются пакетом-ответом органа-партнёра. Красные строки — номера, которые партнёр использовал, но пакеты до нас не дошли: запросите их повторно.</source>
        <translation>Sent bundles are acknowledged by the partner authority&apos;s reply bundle. Red rows are numbers the partner used whose bundles never reached us: ask for them again.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="136"/>
        <source>отправлен</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="138"/>
        <source>получен</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="139"/>
        <source>не получен</source>
        <translation>not received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="143"/>
        <source>пропуск: пакета нет</source>
        <translation>gap: bundle missing</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="144"/>
        <source>записан</source>
        <translation>written</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="144"/>
        <source>загружен</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="152"/>
        <source>ожидается</source>
        <translation>awaited</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="153"/>
        <source>не отправлено</source>
        <translation>not sent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="157"/>
        <source>лица</source>
        <translation>persons</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="158"/>
        <source>подтверждения</source>
        <translation>acknowledgements</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="159"/>
        <source>сопроводительное письмо</source>
        <translation>cover letter</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="214"/>
        <source>Отправлено: {sent} (ждут подтверждения: {waiting}); получено: {got}; пропущено: {missing}.</source>
        <translation>Sent: {sent} (awaiting acknowledgement: {waiting}); received: {got}; missing: {missing}.</translation>
    </message>
</context>
<context>
    <name>CertificatePick</name>
    <message>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="25"/>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="75"/>
        <source>не выбран (можно добавить позже)</source>
        <translation>not chosen (can be added later)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="27"/>
        <source>Выбрать файл…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="29"/>
        <source>Убрать</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="41"/>
        <source>Сертификат подписанта</source>
        <translation>Signatory&apos;s certificate</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="63"/>
        <source>{name}; действителен с {start} по {end}</source>
        <translation>{name}; valid from {start} to {end}</translation>
    </message>
</context>
<context>
    <name>CitizenshipBox</name>
    <message>
        <location filename="../migdesk/ui/citizenship_box.py" line="29"/>
        <source>Гражданство</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/citizenship_box.py" line="39"/>
        <source>страна: название или код</source>
        <translation>country: name or code</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/citizenship_box.py" line="44"/>
        <source>Добавить</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/citizenship_box.py" line="47"/>
        <source>Удалить</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../migdesk/ui/confirm.py" line="14"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConsentFormDialog</name>
    <message>
        <location filename="../migdesk/ui/consents/form_dialog.py" line="53"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/form_dialog.py" line="109"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ConsentScreens</name>
    <message>
        <location filename="../migdesk/ui/consents/menu.py" line="30"/>
        <source>Согласия (ст.&#xa0;11)…</source>
        <translation>Consents (Art.&#xa0;11)…</translation>
    </message>
</context>
<context>
    <name>ConsentTermsDialog</name>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="30"/>
        <source>Условия согласия — MigDesk</source>
        <translation>Consent terms — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="34"/>
        <source>например: сведения, направленные письмом № 12-3/45 от 05.03.2026</source>
        <translation>e.g. the information sent with letter No. 12-3/45 of 05.03.2026</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="39"/>
        <source>третья сторона; пусто — использование в иных целях (п.&#xa0;2 ст.&#xa0;11)</source>
        <translation>third party; empty — use for other purposes (Art.&#xa0;11.2)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="43"/>
        <source>для чего сведения будут переданы или использованы</source>
        <translation>what the information will be passed on or used for</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="52"/>
        <source>Сведения:</source>
        <translation>Information:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="53"/>
        <source>Получатель:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="54"/>
        <source>Цель:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="59"/>
        <source>Сформировать письмо</source>
        <translation>Build the letter</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="60"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="68"/>
        <source>Письмо о согласии или об отказе в согласии строится по шагу «ответ» или «отказ» входящего запроса. Укажите, какие сведения партнёр просит передать, кому и для чего: согласие действует только для них.</source>
        <translation>A letter granting or refusing consent is built from the “answer” or “refusal” step of an incoming request. State which information the partner asks to pass on, to whom and why: the consent covers only these.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="85"/>
        <source>Укажите, какие сведения просят передать.</source>
        <translation>State which information they ask to pass on.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="87"/>
        <source>Укажите цель передачи или использования.</source>
        <translation>State the purpose of the transfer or use.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="89"/>
        <source>Слишком длинный текст: не более {limit} знаков в поле.</source>
        <translation>Text too long: at most {limit} characters per field.</translation>
    </message>
</context>
<context>
    <name>ConsentWindow</name>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="79"/>
        <source>Согласия предоставившей стороны (ст.&#xa0;11) — MigDesk</source>
        <translation>Consents of the providing party (Art.&#xa0;11) — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="83"/>
        <source>Все запросы согласия</source>
        <translation>All consent requests</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="84"/>
        <source>Входящие, ждут нашего ответа</source>
        <translation>Incoming, awaiting our answer</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="85"/>
        <source>Исходящие (наши запросы)</source>
        <translation>Outgoing (our requests)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="88"/>
        <source>Показать:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="96"/>
        <source>Направление</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="97"/>
        <source>Другой орган</source>
        <translation>Other authority</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="98"/>
        <source>Запись</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="99"/>
        <source>Передача кому</source>
        <translation>Transfer to</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="100"/>
        <source>Состояние</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="101"/>
        <source>Дата решения</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="102"/>
        <source>Письмо</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="103"/>
        <source>Цель</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="116"/>
        <source>Ответить…</source>
        <translation>Answer…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="122"/>
        <source>Отвечать на запрос согласия может руководитель (роль supervisor): это решение о передаче наших сведений (ст.&#xa0;11.3).</source>
        <translation>A consent request is answered by a supervisor (role supervisor): it is a decision to pass our information on (Art.&#xa0;11.3).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="126"/>
        <source>Обновить</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="137"/>
        <source>Входящие — запросы других органов о согласии на передачу предоставленных нами сведений третьей стороне (ст.&#xa0;11.3) или на их использование для другой цели (ст.&#xa0;11.2). Исходящие — наши такие запросы. Запросы и ответы уходят со следующим пакетом этому органу («Обмен» → «Выгрузить пакет…»).</source>
        <translation>Incoming: other authorities asking our consent to pass information we provided on to a third party (Art.&#xa0;11.3) or to use it for another purpose (Art.&#xa0;11.2). Outgoing: such requests of ours. Requests and answers leave with the next bundle to that authority (“Exchange” → “Export bundle…”).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="216"/>
        <source>Показано: {shown}; входящих ждут нашего ответа: {waiting}.</source>
        <translation>Shown: {shown}; incoming awaiting our answer: {waiting}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="220"/>
        <source>Запросов согласия нет.</source>
        <translation>No consent requests.</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="24"/>
        <source>← входящий</source>
        <translation>← incoming</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="25"/>
        <source>→ исходящий</source>
        <translation>→ outgoing</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="37"/>
        <source>другая цель (ст.&#xa0;11.2)</source>
        <translation>another purpose (Art.&#xa0;11.2)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="42"/>
        <source>запрошено, ждёт отправки</source>
        <translation>requested, waiting to be sent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="43"/>
        <source>запрос отправлен</source>
        <translation>request sent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="44"/>
        <source>ждёт ответа</source>
        <translation>awaiting answer</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="45"/>
        <source>согласие</source>
        <translation>consent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="46"/>
        <source>отказ</source>
        <translation>refusal</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="51"/>
        <source>, ждёт отправки</source>
        <translation>, waiting to be sent</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../migdesk/ui/app.py" line="66"/>
        <source>Хранилище обновлено</source>
        <translation>Vault upgraded</translation>
    </message>
</context>
<context>
    <name>CourierDialog</name>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="55"/>
        <source>В файле {name} нет сертификата УЦ.</source>
        <translation>The file {name} holds no CA certificate.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="86"/>
        <source>Проверка пакета (курьер) — MigDesk</source>
        <translation>Bundle check (courier) — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="90"/>
        <source>Папка пакета *.mdbundle</source>
        <translation>Bundle folder *.mdbundle</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="91"/>
        <source>Выбрать папку…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="97"/>
        <source>необязательно: файл УЦ отправителя (PEM)</source>
        <translation>optional: sender&apos;s CA file (PEM)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="98"/>
        <source>Выбрать файл…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="103"/>
        <source>Проверить</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="116"/>
        <source>Отправитель:</source>
        <translation>Sender:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="117"/>
        <source>Получатель:</source>
        <translation>Addressee:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="118"/>
        <source>Номер пакета:</source>
        <translation>Bundle number:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="119"/>
        <source>Создан:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="120"/>
        <source>Вид:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="121"/>
        <source>Размер:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="122"/>
        <source>SHA-256 ярлыка (как в реестре):</source>
        <translation>Label SHA-256 (as on the register):</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="123"/>
        <source>Подпись:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="124"/>
        <source>Подписант:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="125"/>
        <source>Отпечаток (SHA-256):</source>
        <translation>Fingerprint (SHA-256):</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="126"/>
        <source>Контрольные суммы:</source>
        <translation>Checksums:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="142"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="150"/>
        <source>Пакет:</source>
        <translation>Bundle:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="151"/>
        <source>УЦ отправителя:</source>
        <translation>Sender&apos;s CA:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="156"/>
        <source>Проверка не требует хранилища и пароля и ничего не расшифровывает: показываются только ярлык пакета, подпись и контрольные суммы файлов.</source>
        <translation>The check needs no vault and no password and decrypts nothing: only the bundle label, its signature and the file checksums are shown.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="172"/>
        <source>Папка пакета (*.mdbundle)</source>
        <translation>Bundle folder (*.mdbundle)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="180"/>
        <source>Сертификат УЦ отправителя</source>
        <translation>Sender&apos;s CA certificate</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="181"/>
        <source>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="197"/>
        <source>Проверка контрольных сумм…</source>
        <translation>Checking checksums…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="219"/>
        <source>действительна, подписант проверен по УЦ</source>
        <translation>valid, signer verified against the CA</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="221"/>
        <source>цела, но подписант не проверен (укажите УЦ отправителя)</source>
        <translation>intact, but the signer is not verified (give the sender&apos;s CA)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="223"/>
        <source>неизвестный подписант</source>
        <translation>unknown signer</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="224"/>
        <source>сертификат подписанта просрочен</source>
        <translation>signer&apos;s certificate expired</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="225"/>
        <source>сертификат подписанта отозван</source>
        <translation>signer&apos;s certificate revoked</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="226"/>
        <source>подписал не указанный отправитель</source>
        <translation>signed by someone other than the stated sender</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="227"/>
        <source>недействительна</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="238"/>
        <source>Пакет цел: контрольные суммы совпадают, подпись действительна, подписант проверен по сертификату УЦ отправителя.</source>
        <translation>The bundle is intact: the checksums match, the signature is valid and the signer was verified against the sender&apos;s CA certificate.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="244"/>
        <source>Контрольные суммы совпадают и подпись цела, но подписант НЕ проверен: без сертификата УЦ отправителя нельзя сказать, кто подписал пакет. Укажите УЦ отправителя и проверьте снова.</source>
        <translation>The checksums match and the signature is intact, but the signer was NOT verified: without the sender&apos;s CA certificate nobody can tell who signed the bundle. Choose the sender&apos;s CA and check again.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="250"/>
        <source>Пакет НЕ прошёл проверку — не передавайте его как исправный.</source>
        <translation>The bundle FAILED the check — do not hand it over as sound.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="260"/>
        <source>{sequence} (канал {channel})</source>
        <translation>{sequence} (channel {channel})</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="267"/>
        <source>{size}, файлов: {count}</source>
        <translation>{size}, files: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="273"/>
        <source>ярлык не читается</source>
        <translation>label unreadable</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="278"/>
        <source>в порядке</source>
        <translation>in order</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="278"/>
        <source>НЕ совпадают</source>
        <translation>do NOT match</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="283"/>
        <source>Имя папки не соответствует ярлыку (ожидалось {name}).</source>
        <translation>The folder name does not match the label (expected {name}).</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="60"/>
        <source>Сроки исполнения запросов (п.&#xa0;3 ст.&#xa0;10: не более 30 дней)</source>
        <translation>Request deadlines (Art.&#xa0;10.3: at most 30 days)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="67"/>
        <source>Обновить</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="69"/>
        <source>Открыть</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="80"/>
        <source>Осталось дней</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="81"/>
        <source>Срок</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="82"/>
        <location filename="../migdesk/ui/requests/dashboard.py" line="94"/>
        <source>Номер</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="83"/>
        <source>Поступил</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="84"/>
        <source>От кого</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="85"/>
        <location filename="../migdesk/ui/requests/dashboard.py" line="97"/>
        <source>Состояние</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="86"/>
        <location filename="../migdesk/ui/requests/dashboard.py" line="98"/>
        <source>Существо</source>
        <translation>Substance</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="92"/>
        <source>Ждём дней</source>
        <translation>Days waiting</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="93"/>
        <source>Направлен</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="95"/>
        <source>Вид</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="96"/>
        <source>Кому</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="106"/>
        <source>Входящих запросов на исполнении нет.</source>
        <translation>No incoming requests in progress.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="107"/>
        <source>Запросов, ожидающих ответа, нет.</source>
        <translation>No requests awaiting an answer.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="110"/>
        <source>Красным — срок истёк; жёлтым — осталось не более {days} дней. Двойной щелчок открывает запрос.</source>
        <translation>Red: overdue; yellow: {days} days or less left. Double-click opens the request.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="114"/>
        <source>Входящие запросы на исполнении</source>
        <translation>Incoming requests in progress</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="118"/>
        <source>Наши запросы, ожидающие ответа</source>
        <translation>Our requests awaiting an answer</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="156"/>
        <source>Загрузка…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="170"/>
        <source>Срок обмена перечнями подписантов и образцами бланков (п.&#xa0;3 ст.&#xa0;9) истёк {date}: направьте их другой Стороне (Справочники → «Подписанты и бланки»).</source>
        <translation>The deadline for exchanging lists of signatories and samples of form blanks (Art.&#xa0;9.3) passed on {date}: send them to the other Party (Registries → “Signatories and blanks”).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="176"/>
        <source>До {date} (осталось дней: {days}) нужно направить другой Стороне перечни подписантов и образцы бланков (п.&#xa0;3 ст.&#xa0;9).</source>
        <translation>By {date} ({days} days left) the lists of signatories and samples of form blanks must be sent to the other Party (Art.&#xa0;9.3).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="191"/>
        <source>На {day}: на исполнении {count}, просрочено {overdue}</source>
        <translation>As of {day}: {count} in progress, {overdue} overdue</translation>
    </message>
</context>
<context>
    <name>DemoFill</name>
    <message>
        <location filename="../migdesk/ui/demo_fill.py" line="57"/>
        <source>Демо-данные</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/demo_fill.py" line="58"/>
        <source>Сколько синтетических записей добавить?
(помечены как демонстрационные)</source>
        <translation>How many synthetic records should be added?
(they are marked as demo data)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/demo_fill.py" line="72"/>
        <source>Добавление {count} демо-записей…</source>
        <translation>Adding {count} demo records…</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="43"/>
        <source>Уничтожение записи</source>
        <translation>Destroying a record</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="54"/>
        <source>Уничтожить досрочно: срок хранения истекает {date}</source>
        <translation>Destroy early: retention ends on {date}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="62"/>
        <source>Запись:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="63"/>
        <source>Хранить до:</source>
        <translation>Keep until:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="64"/>
        <source>Основание:</source>
        <translation>Grounds:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="66"/>
        <source>Уничтожить</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="68"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="86"/>
        <source>Запрос, все действия и письма по нему, их подписанные экземпляры и вложения будут уничтожены без возможности восстановления; в журнале регистрации останутся только номера.</source>
        <translation>The request, all steps and letters about it, their signed copies and attachments will be destroyed beyond recovery; the registration journal keeps only the numbers.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="91"/>
        <source>Файл будет уничтожен без возможности восстановления; запрос сохранится.</source>
        <translation>The file will be destroyed beyond recovery; the request is kept.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="94"/>
        <source>Тематическая информация, её вложения и связи с лицами и запросами будут уничтожены без возможности восстановления.</source>
        <translation>The thematic item, its attachments and its links to persons and requests will be destroyed beyond recovery.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="98"/>
        <source>Запись о запросе согласия и решении по нему будет уничтожена без возможности восстановления.</source>
        <translation>The record of the consent request and its decision will be destroyed beyond recovery.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="104"/>
        <source>Запись, её история изменений, фотографии и поисковый индекс будут уничтожены без возможности восстановления.</source>
        <translation>The record, its change history, photographs and search index will be destroyed beyond recovery.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="107"/>
        <source>Останутся только акт об уничтожении и запись журнала аудита.</source>
        <translation>Only the act of destruction and the audit trail entry will remain.</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../migdesk/ui/display.py" line="67"/>
        <source>ключ подписи пакетов</source>
        <translation>bundle signing key</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/display.py" line="68"/>
        <source>ключ шифрования пакетов</source>
        <translation>bundle encryption key</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/display.py" line="69"/>
        <source>удостоверяющий центр</source>
        <translation>certification authority</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="70"/>
        <source>Документ — MigDesk</source>
        <translation>Document — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="98"/>
        <source>Документ</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="28"/>
        <source>Регистрационный номер</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="29"/>
        <source>Листов</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="30"/>
        <source>SHA-256 содержания (QR-код)</source>
        <translation>Content SHA-256 (QR code)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="31"/>
        <source>Подпись</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="103"/>
        <source>Условия согласия…</source>
        <translation>Consent terms…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="106"/>
        <source>Подписать…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="111"/>
        <source>Подписывает руководитель или сам уполномоченный подписант (п.&#xa0;3 ст.&#xa0;9)</source>
        <translation>Signed by a supervisor or by the authorised signatory themselves (Art.&#xa0;9.3)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="115"/>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="339"/>
        <source>Печать…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="117"/>
        <source>Сохранить как…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="119"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="142"/>
        <source>Для этой записи документов нашей Стороны нет.</source>
        <translation>There are no documents of our side for this record.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="150"/>
        <source>Документы по № {number} — MigDesk</source>
        <translation>Documents for No. {number} — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="214"/>
        <source>Отменено.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="234"/>
        <source>Для письма о согласии укажите сведения, получателя и цель.</source>
        <translation>For a consent letter, state the information, the recipient and the purpose.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="242"/>
        <source>Документ формируется…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="249"/>
        <source>Предпросмотр документа не удался.</source>
        <translation>The document preview failed.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="43"/>
        <source>№ {number} от {day}</source>
        <translation>No. {number} of {day}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="47"/>
        <source>{day}, без номера</source>
        <translation>{day}, unnumbered</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="53"/>
        <source>Подписан (PAdES); печатный экземпляр — для собственноручной подписи.</source>
        <translation>Signed (PAdES); the printed copy is for a handwritten signature.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="61"/>
        <source>Не подписан; место для собственноручной подписи.</source>
        <translation>Not signed; space for a handwritten signature.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="278"/>
        <source>Подписать: {label}</source>
        <translation>Sign: {label}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="294"/>
        <source>Подписание документа…</source>
        <translation>Signing the document…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="295"/>
        <source>Подписание…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="305"/>
        <source>Печать документа</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="324"/>
        <source>Документ № {number}</source>
        <translation>Document No. {number}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="331"/>
        <source>Отправлено на печать: {pages} стр.</source>
        <translation>Sent to the printer: {pages} page(s).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="338"/>
        <source>Печать документа…</source>
        <translation>Printing the document…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="349"/>
        <source>Сохранить документ</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="349"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="359"/>
        <source>Не удалось сохранить файл «{path}»: {reason}.</source>
        <translation>Could not save the file “{path}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="371"/>
        <source>Сохранено: {name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="374"/>
        <source>Сохранение…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="27"/>
        <source>запрос</source>
        <translation>request</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="28"/>
        <source>ответ</source>
        <translation>answer</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="29"/>
        <source>запрос-сведений</source>
        <translation>more-information-request</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="30"/>
        <source>уведомление-о-препятствиях</source>
        <translation>obstacle-notice</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="31"/>
        <source>уведомление-об-отсрочке</source>
        <translation>postponement-notice</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="32"/>
        <source>отказ</source>
        <translation>refusal</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="33"/>
        <source>запрос-подтверждения</source>
        <translation>confirmation-request</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="34"/>
        <source>сопроводительное-письмо</source>
        <translation>cover-letter</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="35"/>
        <source>согласие</source>
        <translation>consent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="36"/>
        <source>сведения-о-лице</source>
        <translation>person-sheet</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="37"/>
        <source>реестр-передачи</source>
        <translation>transmittal-register</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="38"/>
        <source>акт-уничтожения</source>
        <translation>destruction-act</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="46"/>
        <source>-подписан</source>
        <translation>-signed</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="107"/>
        <source>Возможные дубликаты — MigDesk</source>
        <translation>Possible duplicates — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="113"/>
        <source>В хранилище уже есть похожие записи. Проверьте, не то же ли это лицо: откройте его запись или сохраните новую, указав основание.</source>
        <translation>The vault already holds similar records. Check whether this is the same person: open that record, or save the new one and state the grounds.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="120"/>
        <source>вероятно то же лицо</source>
        <translation>probably the same person</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="122"/>
        <source>возможный дубликат</source>
        <translation>possible duplicate</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="124"/>
        <source>{name} — {level}, {score}%</source>
        <translation>{name} — {level}, {score}%</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="136"/>
        <source>Новая запись</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="138"/>
        <source>Запись в хранилище</source>
        <translation>Record in the vault</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="145"/>
        <source>Основание: почему это другое лицо (записывается в журнал аудита)</source>
        <translation>Grounds: why this is a different person (written to the audit trail)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="149"/>
        <source>Открыть эту запись</source>
        <translation>Open this record</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="151"/>
        <source>Сохранить как новое лицо</source>
        <translation>Save as a new person</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="158"/>
        <source>Вернуться к вводу</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="186"/>
        <source>Почему похоже: {reasons}</source>
        <translation>Why similar: {reasons}</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="55"/>
        <source>Возможные дубликаты — MigDesk</source>
        <translation>Possible duplicates — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="60"/>
        <source>Пары записей, которые могут относиться к одному лицу: сходство ФИО в обоих алфавитах, даты рождения, номеров документов. Проверьте каждую пару.</source>
        <translation>Pairs of records that may be one person: similar names in both alphabets, dates of birth, document numbers. Check each pair.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="64"/>
        <source>Найти</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="73"/>
        <source>Запись 1</source>
        <translation>Record 1</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="73"/>
        <source>Запись 2</source>
        <translation>Record 2</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="73"/>
        <source>Вероятность</source>
        <translation>Probability</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="73"/>
        <source>Почему</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="87"/>
        <source>Основание решения (в журнал аудита)</source>
        <translation>Grounds for the decision (written to the audit trail)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="89"/>
        <source>Открыть запись 1</source>
        <translation>Open record 1</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="91"/>
        <source>Открыть запись 2</source>
        <translation>Open record 2</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="93"/>
        <source>Разные лица</source>
        <translation>Different persons</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="95"/>
        <source>Одно лицо (связать)</source>
        <translation>Same person (link)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="97"/>
        <source>Объединить в запись 1</source>
        <translation>Merge into record 1</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="130"/>
        <source>Идёт поиск…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="133"/>
        <source>Поиск возможных дубликатов по всему реестру…</source>
        <translation>Looking for possible duplicates in the whole registry…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="155"/>
        <source>Поиск прерван.</source>
        <translation>Search stopped.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="162"/>
        <source>вероятно то же лицо</source>
        <translation>probably the same person</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="164"/>
        <source>возможный дубликат</source>
        <translation>possible duplicate</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="178"/>
        <source>Найдено пар: {n}</source>
        <translation>Pairs found: {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="180"/>
        <source>Возможных дубликатов нет.</source>
        <translation>No possible duplicates.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../migdesk/ui/exchange/common.py" line="53"/>
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/common.py" line="55"/>
        <source>нет</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/common.py" line="61"/>
        <source>подтверждение получения</source>
        <translation>acknowledgement of receipt</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/common.py" line="62"/>
        <source>данные</source>
        <translation>data</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/common.py" line="69"/>
        <source>основной</source>
        <translation>main</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../migdesk/ui/exchange/menu.py" line="46"/>
        <source>&amp;Обмен</source>
        <translation>&amp;Exchange</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/menu.py" line="47"/>
        <source>Выгрузить пакет…</source>
        <translation>Export bundle…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/menu.py" line="50"/>
        <source>Загрузить пакет…</source>
        <translation>Import bundle…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/menu.py" line="53"/>
        <source>Журнал пакетов</source>
        <translation>Bundle log</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/menu.py" line="58"/>
        <source>Проверить пакет (курьер)…</source>
        <translation>Check a bundle (courier)…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="69"/>
        <source>Выгрузить пакет — MigDesk</source>
        <translation>Export bundle — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="74"/>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="153"/>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="154"/>
        <source>Загрузка…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="87"/>
        <source>Сопроводительный текст: зачем направляются сведения (ст.&#xa0;8)</source>
        <translation>Cover text: why the information is sent (Art.&#xa0;8)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="91"/>
        <source>Включить подтверждения получения для ещё не подтверждённых пакетов</source>
        <translation>Include acknowledgements for bundles not yet acknowledged</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="117"/>
        <source>Выгрузить</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="121"/>
        <source>Реестр передачи…</source>
        <translation>Transmittal register…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="123"/>
        <source>Реестр передачи курьеру для записанного пакета (PDF)</source>
        <translation>Courier transmittal register for the written bundle (PDF)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="127"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="131"/>
        <source>Получатель:</source>
        <translation>Addressee:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="132"/>
        <source>Запросы и письма:</source>
        <translation>Requests and letters:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="133"/>
        <source>Лица (ст.&#xa0;8):</source>
        <translation>Persons (Art.&#xa0;8):</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="134"/>
        <source>Сопроводительное письмо:</source>
        <translation>Cover letter:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="137"/>
        <source>Куда записать:</source>
        <translation>Write to:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="186"/>
        <source>ПИН-код токена «{label}»:</source>
        <translation>PIN of token “{label}”:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="191"/>
        <source>ключом этого хранилища</source>
        <translation>with this vault&apos;s key</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="193"/>
        <source>ключом органа на токене «{label}»</source>
        <translation>with the authority&apos;s key on token “{label}”</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="197"/>
        <source>Пакет шифруется для органа-получателя и подписывается {signed_by}. Записи, полученные от другого органа, направляются только ему, если нет его письменного согласия (ст.&#xa0;11).</source>
        <translation>The bundle is encrypted for the receiving authority and signed {signed_by}. Records received from another authority go only back to it unless it has consented in writing (Art.&#xa0;11).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="206"/>
        <source>Нет доверенных органов-партнёров: администратор должен сначала импортировать их сертификаты.</source>
        <translation>No trusted partner authorities: an administrator must import their certificates first.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="156"/>
        <source>Домашняя папка</source>
        <translation>Home folder</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="281"/>
        <source>запросов согласия — {n}</source>
        <translation>consent requests: {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="283"/>
        <source>ответов о согласии — {n}</source>
        <translation>consent answers: {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="286"/>
        <source>изменений перечня подписантов — {n}</source>
        <translation>signatory list changes: {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="289"/>
        <source>Включить ожидающие отправки (ст.&#xa0;9, 11): {what}</source>
        <translation>Include what waits to be sent (Art.&#xa0;9, 11): {what}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="306"/>
        <source>Выберите носитель или папку.</source>
        <translation>Choose a drive or a folder.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="313"/>
        <source>Ключ подписи органа хранится на токене «{label}»: подключите токен и введите его ПИН-код.</source>
        <translation>The authority&apos;s signing key is on token “{label}”: connect the token and enter its PIN.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="342"/>
        <source>Запись и проверка пакета…</source>
        <translation>Writing and verifying the bundle…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="360"/>
        <source>{message}
Номер пакета: {sequence}
Папка: {path}
SHA-256 ярлыка: {sha}</source>
        <translation>{message}
Bundle number: {sequence}
Folder: {path}
Label SHA-256: {sha}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="393"/>
        <source>Выгрузка отменена. Пакет не записан.</source>
        <translation>Export cancelled. No bundle was written.</translation>
    </message>
</context>
<context>
    <name>ExportMedium</name>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="105"/>
        <source>Другая папка…</source>
        <translation>Other folder…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="114"/>
        <source>Съёмный носитель</source>
        <translation>Removable drive</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="114"/>
        <source>Папка</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="116"/>
        <source>свободно {free}</source>
        <translation>{free} free</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="118"/>
        <source>свободное место неизвестно</source>
        <translation>free space unknown</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="165"/>
        <source>Папка для пакета</source>
        <translation>Folder for the bundle</translation>
    </message>
</context>
<context>
    <name>ExportPersons</name>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="45"/>
        <source>Добавить из реестра…</source>
        <translation>Add from registry…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="47"/>
        <source>Убрать</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="71"/>
        <source>Загрузка…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>ExportRequests</name>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="64"/>
        <source>Нет получателей: администратор загружает сертификат другой Стороны (migdesk-cli authority trust).</source>
        <translation>No addressees: an administrator loads the other Party&apos;s certificate (migdesk-cli authority trust).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="71"/>
        <source>Поиск запросов и писем, ожидающих отправки…</source>
        <translation>Looking for requests and letters waiting to be sent…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="88"/>
        <source>сообщение</source>
        <translation>message</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="90"/>
        <source>№ {number} — {kind}, {direction}: {what}</source>
        <translation>No. {number} — {kind}, {direction}: {what}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="97"/>
        <source>без подписанного письма: {letters}</source>
        <translation>no signed letter: {letters}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="120"/>
        <source>Отметьте, что войдёт в пакет; отмеченное при записи пакета станет направленным.</source>
        <translation>Tick what goes into the bundle; what is ticked becomes sent when the bundle is written.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="127"/>
        <source>Нет запросов и писем к отправке: подписанные («Запросы» → запрос → «Подписать…») появятся здесь.</source>
        <translation>No requests or letters to send: signed ones (“Requests” → a request → “Sign…”) appear here.</translation>
    </message>
</context>
<context>
    <name>FamilyTab</name>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="50"/>
        <source>Кем приходится</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="51"/>
        <source>Член семьи</source>
        <translation>Family member</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="52"/>
        <source>Право на проживание и работу</source>
        <translation>Right of residence and work</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="69"/>
        <source>Добавить члена семьи…</source>
        <translation>Add family member…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="71"/>
        <source>Удалить связь</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="73"/>
        <source>Открыть карточку</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="79"/>
        <source>Кем приходится:</source>
        <translation>Relation:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="92"/>
        <source>Права членов семьи на проживание и работу видны здесь; связь сохраняется сразу и передаётся в пакете вместе с обоими лицами.</source>
        <translation>Family members&apos; rights of residence and work are shown here; a link is saved at once and travels in a bundle together with both persons.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="104"/>
        <source>супруг (супруга)</source>
        <translation>spouse</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="105"/>
        <source>ребёнок</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="106"/>
        <source>родитель</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="107"/>
        <source>иной член семьи</source>
        <translation>other family member</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="112"/>
        <source>специальный статус проживания</source>
        <translation>special residence status</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="113"/>
        <source>разрешение на временное проживание</source>
        <translation>temporary residence permit</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="114"/>
        <source>разрешение на постоянное проживание</source>
        <translation>permanent residence permit</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="115"/>
        <source>право на работу</source>
        <translation>right to work</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="127"/>
        <source>Членов семьи можно указать после сохранения записи.</source>
        <translation>Family members can be added once the record is saved.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="157"/>
        <source> до {date}</source>
        <translation> until {date}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="163"/>
        <source>не указано</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="170"/>
        <source>Членов семьи: {count}</source>
        <translation>Family members: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="172"/>
        <source>Члены семьи не указаны.</source>
        <translation>No family members recorded.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="62"/>
        <source>Записать</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="65"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="129"/>
        <source>Не записано: исправьте отмеченные поля.</source>
        <translation>Not recorded: correct the marked fields.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="29"/>
        <source>История появится после первого сохранения.</source>
        <translation>History appears after the first save.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="33"/>
        <source>Редакция</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="33"/>
        <source>Когда</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="33"/>
        <source>Кто</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="33"/>
        <source>Что изменено</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="45"/>
        <source>создание записи</source>
        <translation>record created</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="46"/>
        <source>изменение</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="48"/>
        <source>объединение с другой записью</source>
        <translation>merged with another record</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../migdesk/ui/idle_lock.py" line="237"/>
        <source>Хранилище заблокировано автоматически: нет действий {minutes} мин.</source>
        <translation>The vault was locked automatically: no activity for {minutes} min.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/idle_lock.py" line="242"/>
        <source>Хранилище заблокировано: работа программы приостановлена.</source>
        <translation>The vault was locked: the program was suspended.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/idle_lock.py" line="245"/>
        <source>Хранилище заблокировано вместе с экраном компьютера.</source>
        <translation>The vault was locked together with the computer screen.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/lock_drafts.py" line="111"/>
        <source>Несохранённые изменения пользователя {user} сохранены как зашифрованный черновик в хранилище (карточек: {count}) и будут открыты, когда {user} снова войдёт.</source>
        <translation>Unsaved changes of user {user} were kept as an encrypted draft in the vault (cards: {count}) and will be opened when {user} logs in again.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/lock_drafts.py" line="118"/>
        <source>Несохранённые изменения не сохранены (карточек: {count}).</source>
        <translation>Unsaved changes were discarded (cards: {count}).</translation>
    </message>
</context>
<context>
    <name>IdleLockDialog</name>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="63"/>
        <source>Автоматическая блокировка</source>
        <translation>Automatic lock</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="72"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="73"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="70"/>
        <source>Блокировать после бездействия, мин:</source>
        <translation>Lock after inactivity, min:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="65"/>
        <source>Хранилище блокируется, когда за это время не было ни нажатий клавиш, ни действий мышью, а также при блокировке экрана компьютера. Открытые карточки при этом закрываются без сохранения. Настройка действует для всех пользователей этого хранилища.</source>
        <translation>The vault locks when there was no key press or mouse action for this long, and when the computer screen locks. Open cards are then closed without saving. The setting applies to every user of this vault.</translation>
    </message>
</context>
<context>
    <name>ImagePick</name>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="140"/>
        <source>не выбран</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="143"/>
        <source>Выбрать изображение…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="152"/>
        <source>Изображение</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="59"/>
        <source>Загрузить пакет — MigDesk</source>
        <translation>Import bundle — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="63"/>
        <source>Папка пакета *.mdbundle</source>
        <translation>Bundle folder *.mdbundle</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="65"/>
        <source>Выбрать папку…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="67"/>
        <source>Проверить</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="85"/>
        <source>Загрузить</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="88"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="99"/>
        <source>Сначала пакет проверяется и показывается, что изменится; хранилище при этом не меняется. Загрузка выполняется целиком или не выполняется вовсе.</source>
        <translation>The bundle is checked first and what would change is shown; the vault is not changed by that. The import is done in full or not at all.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="133"/>
        <source>Папка пакета (*.mdbundle)</source>
        <translation>Bundle folder (*.mdbundle)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="162"/>
        <source>Проверка и расшифровка пакета…</source>
        <translation>Checking and decrypting the bundle…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="227"/>
        <source>Загрузка пакета…</source>
        <translation>Importing the bundle…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="236"/>
        <source>Пакет № {sequence} от {sender} загружен: новых лиц — {new}, обновлено — {updated}, зарегистрировано запросов и сообщений — {requests}, записано писем по запросам — {letters}, подтверждено наших пакетов — {acks}.</source>
        <translation>Bundle no. {sequence} from {sender} imported: new persons {new}, updated {updated}, requests and messages registered {requests}, letters on requests recorded {letters}, our bundles acknowledged {acks}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="249"/>
        <source>Пакет уже был загружен ранее; ничего не изменено.</source>
        <translation>The bundle was imported before; nothing changed.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="261"/>
        <source>Пакет отклонён: {reason}</source>
        <translation>Bundle rejected: {reason}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="267"/>
        <source>Отменено; хранилище не изменено.</source>
        <translation>Cancelled; the vault was not changed.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPanel</name>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="54"/>
        <source>Что изменится</source>
        <translation>What will change</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="54"/>
        <source>Подробности</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="58"/>
        <source>Конфликты — решите для каждой записи, какую версию оставить:</source>
        <translation>Conflicts — decide for each record which version to keep:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="63"/>
        <source>Лицо</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="63"/>
        <source>Различаются поля</source>
        <translation>Differing fields</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="63"/>
        <source>Решение</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="95"/>
        <source>новое лицо</source>
        <translation>new person</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="97"/>
        <source>вероятно то же лицо, что {name}</source>
        <translation>probably the same person as {name}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="99"/>
        <source>возможно то же лицо, что {name}</source>
        <translation>possibly the same person as {name}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="118"/>
        <source>Отметьте, чтобы связать с записью {id}: {reasons}</source>
        <translation>Tick to link with record {id}: {reasons}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="136"/>
        <source>Отправитель: {sender}; пакет № {sequence} (канал {channel}); вид: {kind}.</source>
        <translation>Sender: {sender}; bundle no. {sequence} (channel {channel}); kind: {kind}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="147"/>
        <source>Проверено: подпись отправителя действительна (сертификат {sender}, которому доверяет это хранилище), пакет не изменён и адресован нашему органу.</source>
        <translation>Checked: the sender&apos;s signature is valid (certificate of {sender}, trusted by this vault), the bundle is unaltered and addressed to our authority.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="152"/>
        <source>Цель: {purpose}</source>
        <translation>Purpose: {purpose}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="154"/>
        <source>Сопроводительное письмо: {text}</source>
        <translation>Cover letter: {text}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="156"/>
        <source>Этот пакет уже был загружен ранее; ничего не изменится.</source>
        <translation>This bundle was imported before; nothing will change.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="161"/>
        <source>При загрузке будет записано: новых лиц — {new}, обновлений — {updated}, запросов и сообщений — {requests}, писем по запросам — {letters}.</source>
        <translation>The import will record: new persons {new}, updates {updated}, requests and messages {requests}, letters on requests {letters}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="173"/>
        <source>Похожи на лиц из нашего реестра: {n}. Отметьте тех, кого нужно связать с нашей записью; полученная запись останется отдельной, с ограничениями отправителя.</source>
        <translation>Similar to persons in our registry: {n}. Tick those to link with our record; the received record stays separate, with the sender&apos;s limits.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="186"/>
        <source>Новые лица: {n}</source>
        <translation>New persons: {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="190"/>
        <source>Обновления: {n}</source>
        <translation>Updates: {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="194"/>
        <source>изменятся поля: {fields}</source>
        <translation>fields to change: {fields}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="202"/>
        <source>Без изменений: {n}</source>
        <translation>Unchanged: {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="203"/>
        <source>совпадает с записью в хранилище</source>
        <translation>same as the record in the vault</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="216"/>
        <source>Запросы и письма: {n}</source>
        <translation>Requests and letters: {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="227"/>
        <source>Перечень подписантов (п.&#xa0;4 ст.&#xa0;9): {n}</source>
        <translation>Signatory list (Art.&#xa0;9.4): {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="239"/>
        <source>Связи с членами семьи: {n}</source>
        <translation>Family links: {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="250"/>
        <source>Подтверждает получение наших пакетов: {n}</source>
        <translation>Acknowledges our bundles: {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="262"/>
        <source>Пропущены пакеты № {numbers}</source>
        <translation>Missing bundles no. {numbers}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="265"/>
        <source>запросите их у отправителя повторно</source>
        <translation>ask the sender for them again</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="279"/>
        <source>— выберите —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="280"/>
        <source>Оставить свою запись</source>
        <translation>Keep our record</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="281"/>
        <source>Принять из пакета</source>
        <translation>Take the bundle&apos;s</translation>
    </message>
</context>
<context>
    <name>IndexUpkeep</name>
    <message>
        <location filename="../migdesk/ui/index_upkeep.py" line="46"/>
        <source>Упорядочивается поисковый индекс…</source>
        <translation>Optimizing the search index…</translation>
    </message>
</context>
<context>
    <name>JournalsTab</name>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="58"/>
        <source>Орган</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="59"/>
        <source>Год</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="61"/>
        <source>Входящие</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="62"/>
        <source>Исходящие</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="68"/>
        <source>Сохранить шаблон</source>
        <translation>Save pattern</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="88"/>
        <source>Вставить в шаблон:</source>
        <translation>Insert into the pattern:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="91"/>
        <source>Вставляет {token}</source>
        <translation>Inserts {token}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="107"/>
        <source>Порядковый номер обязателен и входит в шаблон один раз; например, шаблон «12-3/{seq}» даёт номера 12-3/1, 12-3/2… Нумерация без пропусков, номера не используются повторно; новый шаблон действует для следующих номеров.</source>
        <translation>The sequence number is required and appears in the pattern once; for example, the pattern “12-3/{seq}” gives the numbers 12-3/1, 12-3/2… Numbering has no gaps and numbers are never reused; a new pattern applies to the following numbers.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="121"/>
        <source>порядковый номер</source>
        <translation>sequence number</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="122"/>
        <source>год</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="123"/>
        <source>год, две цифры</source>
        <translation>year, two digits</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="124"/>
        <source>код органа</source>
        <translation>authority code</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="140"/>
        <source>1, 2, 3… с начала года</source>
        <translation>1, 2, 3… from the start of the year</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="146"/>
        <source>{token} — {name}: {meaning}</source>
        <translation>{token} — {name}: {meaning}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="168"/>
        <source>например: № {number}</source>
        <translation>for example: No. {number}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="173"/>
        <source>шаблон неверен</source>
        <translation>invalid pattern</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="204"/>
        <source>Шаблон не сохранён.</source>
        <translation>Pattern not saved.</translation>
    </message>
</context>
<context>
    <name>KeyChooser</name>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="123"/>
        <source>Файл ключа PKCS#12</source>
        <translation>PKCS#12 key file</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="124"/>
        <source>Токен PKCS#11</source>
        <translation>PKCS#11 token</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="131"/>
        <source>Поддержка токенов PKCS#11 ещё не подключена.</source>
        <translation>PKCS#11 token support is not connected yet.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="134"/>
        <source>файл .p12 или .pfx</source>
        <translation>.p12 or .pfx file</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="135"/>
        <location filename="../migdesk/ui/documents/keys.py" line="150"/>
        <source>Выбрать…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="145"/>
        <source>Файл</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="146"/>
        <source>Пароль</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="149"/>
        <source>библиотека PKCS#11 (.so, .dll)</source>
        <translation>PKCS#11 library (.so, .dll)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="158"/>
        <source>Найти токены</source>
        <translation>Find tokens</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="165"/>
        <source>необязательно: единственный ключ токена</source>
        <translation>optional: the token&apos;s only key</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="170"/>
        <source>Библиотека</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="171"/>
        <source>Токен</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="172"/>
        <source>Метка ключа</source>
        <translation>Key label</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="173"/>
        <source>PIN-код</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="208"/>
        <source>Файл ключа подписанта</source>
        <translation>Signer&apos;s key file</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="208"/>
        <source>Ключи PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 keys (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="215"/>
        <source>Библиотека PKCS#11</source>
        <translation>PKCS#11 library</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="215"/>
        <source>Библиотеки (*.so *.dll *.dylib)</source>
        <translation>Libraries (*.so *.dll *.dylib)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="232"/>
        <source>Токены не найдены.</source>
        <translation>No tokens found.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="254"/>
        <source>Укажите файл ключа.</source>
        <translation>Choose the key file.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="260"/>
        <source>Укажите библиотеку PKCS#11 и токен.</source>
        <translation>Choose the PKCS#11 library and token.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="262"/>
        <source>Введите PIN-код токена.</source>
        <translation>Enter the token&apos;s PIN.</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="284"/>
        <source>Подписание — MigDesk</source>
        <translation>Signing — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="290"/>
        <source>Подписать</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="291"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="301"/>
        <source>Подписывает лицо из перечня уполномоченных, действующего на дату документа (п.&#xa0;3 ст.&#xa0;9 Соглашения).</source>
        <translation>Signed by a person on the list of authorised signatories valid on the document&apos;s date (Art.&#xa0;9.3 of the Agreement).</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="50"/>
        <source>Бланк и подписание — MigDesk</source>
        <translation>Letterhead and signing — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="55"/>
        <source>Министерство внутренних дел Республики Казахстан
Комитет миграционной службы</source>
        <translation>Ministry of Internal Affairs of the Republic of Kazakhstan
Migration Service Committee</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="64"/>
        <source>Правило «четырёх глаз»: подписывает не автор, а закреплённый за подписантом</source>
        <translation>Four-eyes rule: signed not by the author but by the user bound to the signatory</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="67"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="70"/>
        <source>Наименование (по строкам)</source>
        <translation>Name (line by line)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="71"/>
        <source>Краткое наименование</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="72"/>
        <source>Почтовый адрес</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="73"/>
        <source>Телефон</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="74"/>
        <source>Электронная почта</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="75"/>
        <source>Сайт</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="80"/>
        <source>Реквизиты печатаются в левом верхнем углу каждого письма (ГОСТ Р 7.0.97). Пустое наименование — наименование органа из реестра на дату письма.</source>
        <translation>These details are printed in the top left corner of every letter (GOST R 7.0.97). An empty name prints the authority&apos;s name from the registry as of the letter&apos;s date.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="90"/>
        <source>Выключайте правило только в подразделении из одного сотрудника: тогда руководитель подписывает за любого подписанта из перечня. Изменение записывается в журнал аудита.</source>
        <translation>Turn the rule off only in a one-person office: a supervisor then signs for any listed signatory. The change is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="97"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="133"/>
        <source>Хранилище не привязано к компетентному органу.</source>
        <translation>The vault is not bound to a competent authority.</translation>
    </message>
</context>
<context>
    <name>LinksLine</name>
    <message>
        <location filename="../migdesk/ui/person_links.py" line="88"/>
        <source>То же лицо, что {record}</source>
        <translation>The same person as {record}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_links.py" line="90"/>
        <source>Не то же лицо, что {record}</source>
        <translation>Not the same person as {record}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_links.py" line="94"/>
        <source>записано: {who}, {when}</source>
        <translation>recorded by {who}, {when}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_links.py" line="100"/>
        <source>основание: {reason}</source>
        <translation>reason: {reason}</translation>
    </message>
</context>
<context>
    <name>LoginCountdown</name>
    <message>
        <location filename="../migdesk/ui/unlock_guard.py" line="70"/>
        <source>Слишком много неудачных попыток входа под этим именем. Следующая попытка — через {time}; до тех пор пароль не проверяется.</source>
        <translation>Too many failed login attempts under this name. The next attempt is possible in {time}; until then the password is not checked.</translation>
    </message>
</context>
<context>
    <name>MainInfoTab</name>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="84"/>
        <source>ДД.ММ.ГГГГ, ММ.ГГГГ или ГГГГ</source>
        <translation>DD.MM.YYYY, MM.YYYY or YYYY</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="88"/>
        <source>не указан</source>
        <translation>not specified</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="133"/>
        <source>Вставить MRZ…</source>
        <translation>Paste MRZ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="135"/>
        <source>Заполнить поля из машиносчитываемой зоны паспорта или ID-карты</source>
        <translation>Fill the fields from the machine readable zone of a passport or ID card</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="146"/>
        <source>Фамилия, имя, отчество</source>
        <translation>Surname, given name, patronymic</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="150"/>
        <source>На русском</source>
        <translation>In Russian</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="150"/>
        <source>Латиницей (как в паспорте)</source>
        <translation>In Latin (as in the passport)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="155"/>
        <source>Фамилия</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="155"/>
        <source>Имя</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="155"/>
        <source>Отчество</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="173"/>
        <source>Если латиница не заполнена, она будет получена из русского написания по ICAO Doc 9303 (показано серым).</source>
        <translation>If the Latin spelling is left empty, it is derived from the Russian one by ICAO Doc 9303 (shown in grey).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="185"/>
        <source>Пол и рождение</source>
        <translation>Sex and birth</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="187"/>
        <source>Пол:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="188"/>
        <source>Дата рождения:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="189"/>
        <source>Место рождения:</source>
        <translation>Place of birth:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="194"/>
        <source>Персональный номер</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="196"/>
        <source>определить по числу цифр</source>
        <translation>detect from the number of digits</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="206"/>
        <source>Номер:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="207"/>
        <source>Вид:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="213"/>
        <source>Примечания</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="244"/>
        <source>ИИН прошёл проверку: дата рождения {date}, пол {sex}.</source>
        <translation>IIN is valid: date of birth {date}, sex {sex}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="253"/>
        <source>Формат номера верный.</source>
        <translation>The number format is valid.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="258"/>
        <source>{message}. Это предупреждение: запись можно сохранить.</source>
        <translation>{message}. This is a warning: the record can still be saved.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="388"/>
        <source>MRZ: {errors}. Проверьте данные по документу.</source>
        <translation>MRZ: {errors}. Check the data against the document.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="394"/>
        <source>Данные заполнены из MRZ, контрольные цифры верны.</source>
        <translation>Filled from the MRZ; all check digits are correct.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="60"/>
        <source>MigDesk — Реестр лиц</source>
        <translation>MigDesk — Person registry</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="134"/>
        <source>&amp;Файл</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="135"/>
        <source>Новое лицо</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="140"/>
        <source>Найти лицо</source>
        <translation>Find person</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/demo_menu.py" line="45"/>
        <source>Заполнить демо-данными…</source>
        <translation>Fill with demo data…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="149"/>
        <source>Возможные дубликаты…</source>
        <translation>Possible duplicates…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="155"/>
        <source>Заблокировать</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="159"/>
        <source>Выход</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="164"/>
        <source>&amp;Справка</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/about_box.py" line="25"/>
        <location filename="../migdesk/ui/main_window.py" line="165"/>
        <source>О программе</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="170"/>
        <source>Хранилище: {name}</source>
        <translation>Vault: {name}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="172"/>
        <source>Пользователь: {user}</source>
        <translation>User: {user}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="205"/>
        <source>Записей: {count}</source>
        <translation>Records: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/about_box.py" line="17"/>
        <source>MigDesk {version}
Сборка: {commit} от {date}

Рабочее место сотрудников миграционных служб Республики Казахстан и Республики Армения по Соглашению о сотрудничестве в области миграции.

Данные хранятся только на этом компьютере, в зашифрованном хранилище.</source>
        <translation>MigDesk {version}
Build: {commit} of {date}

Workstation for the migration officers of the Republic of Kazakhstan and the Republic of Armenia under the Agreement on cooperation in migration.

Data is kept only on this computer, in an encrypted vault.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="300"/>
        <source>Открыты карточки с изменениями, не сохранёнными до блокировки: {count}.</source>
        <translation>Cards reopened with changes not saved before the lock: {count}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/demo_menu.py" line="72"/>
        <source>Остановлено: добавлено {count} демо-записей.</source>
        <translation>Stopped: {count} demo records added.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/demo_menu.py" line="74"/>
        <source>Добавлено {count} демо-записей.</source>
        <translation>{count} demo records added.</translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="174"/>
        <source>Предпросмотр недоступен ({mime}).</source>
        <translation>No preview available ({mime}).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="183"/>
        <source>Фотографии</source>
        <translation>Photographs</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="192"/>
        <source>Фотографий нет.</source>
        <translation>No photographs.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="193"/>
        <source>Добавить фото…</source>
        <translation>Add photo…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="195"/>
        <source>Удалить фото</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="209"/>
        <location filename="../migdesk/ui/media_tab.py" line="310"/>
        <source>Дактилоскопическая карта</source>
        <translation>Fingerprint card</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="210"/>
        <source>Дактилокарта не загружена.</source>
        <translation>No fingerprint card loaded.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="211"/>
        <source>Загрузить…</source>
        <translation>Load…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="213"/>
        <source>Удалить</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="279"/>
        <source>Фотография</source>
        <translation>Photograph</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="279"/>
        <location filename="../migdesk/ui/media_tab.py" line="310"/>
        <source>Изображения (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="333"/>
        <source>Не удалось прочитать файл.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="331"/>
        <source>Поддерживаются изображения JPEG и PNG.</source>
        <translation>Only JPEG and PNG images are supported.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="388"/>
        <source>Фото № {number}: {message}</source>
        <translation>Photo no. {number}: {message}</translation>
    </message>
</context>
<context>
    <name>MessageFields</name>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="69"/>
        <source>Стороны и регистрация</source>
        <translation>Parties and registration</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="87"/>
        <source>Вид сообщения</source>
        <translation>Message kind</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="88"/>
        <source>Запрашивающий орган</source>
        <translation>Requesting authority</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="89"/>
        <source>Запрашиваемый орган</source>
        <translation>Requested authority</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="90"/>
        <source>Дата поступления</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="91"/>
        <source>Срок исполнения</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="92"/>
        <source>Номер документа другой Стороны</source>
        <translation>Other Party&apos;s document number</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="93"/>
        <source>Дата документа другой Стороны</source>
        <translation>Other Party&apos;s document date</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="97"/>
        <source>Содержание (п.&#xa0;2 ст.&#xa0;9)</source>
        <translation>Contents (Art.&#xa0;9.2)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="107"/>
        <source>Сообщение под сомнением</source>
        <translation>Message in doubt</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="108"/>
        <source>Существо</source>
        <translation>Substance</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="109"/>
        <source>Цель</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="110"/>
        <source>Обоснование</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="111"/>
        <source>Другая полезная информация</source>
        <translation>Other useful information</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="112"/>
        <source>Сопроводительный текст (ст.&#xa0;8)</source>
        <translation>Cover text (Art.&#xa0;8)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="148"/>
        <location filename="../migdesk/ui/requests/request_fields.py" line="167"/>
        <source>— выберите сообщение —</source>
        <translation>— choose a message —</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="213"/>
        <source>{due} (30 календарных дней с даты поступления, п.&#xa0;3 ст.&#xa0;10)</source>
        <translation>{due} (30 calendar days from receipt, Art.&#xa0;10.3)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../migdesk/ui/messages.py" line="24"/>
        <source>Хранилище занято: другое окно MigDesk или команда сейчас записывает в него. Хранилище не изменено; повторите позже.</source>
        <translation>The vault is busy: another MigDesk window or command is writing to it. The vault has not been changed; try again later.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="30"/>
        <source>Внутренняя ошибка программы ({name}). Обратитесь к администратору.</source>
        <translation>Internal program error ({name}). Please contact the administrator.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="41"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="54"/>
        <source>Ошибка</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="91"/>
        <source>Несохранённые изменения</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="92"/>
        <source>Сохранить изменения?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="96"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="97"/>
        <source>Не сохранять</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="98"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MrzDialog</name>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="33"/>
        <source>Вставить MRZ</source>
        <translation>Paste MRZ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="42"/>
        <source>Вставьте 2 строки по 44 символа (паспорт), 2 строки по 36 или 3 строки по 30 (ID-карта)</source>
        <translation>Paste 2 lines of 44 characters (passport), 2 lines of 36, or 3 lines of 30 (ID card)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="59"/>
        <source>Данные сверены с документом — заполнить, несмотря на ошибки</source>
        <translation>I compared the data with the document — fill in despite the errors</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="66"/>
        <source>Заполнить</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="68"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="76"/>
        <source>Будут заполнены латинские фамилия и имя, пол, дата рождения, гражданство и паспорт (документ).</source>
        <translation>Fills in the Latin surname and given names, sex, date of birth, citizenship and the passport (document).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="123"/>
        <source>{name}; пол: {sex}; дата рождения: {birth}; гражданство: {nationality}; документ № {number}, действителен до {expiry}</source>
        <translation>{name}; sex: {sex}; date of birth: {birth}; nationality: {nationality}; document no. {number}, valid until {expiry}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="181"/>
        <source>Смена пароля</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="182"/>
        <source>Сменить пароль</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="184"/>
        <source>Сброс пароля</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="185"/>
        <source>Задать пароль</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="195"/>
        <source>Пользователь:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="197"/>
        <source>Текущий пароль:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="198"/>
        <source>Новый пароль:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="200"/>
        <source>Повторите пароль:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="206"/>
        <source>Пароль передайте пользователю лично; хранилище не перешифровывается, меняется только его ключевой слот.</source>
        <translation>Give the password to the user in person; the vault is not re-encrypted, only their key slot changes.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="220"/>
        <source>Пароли не совпадают.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="239"/>
        <source>Текущий пароль указан неверно.</source>
        <translation>The current password is wrong.</translation>
    </message>
</context>
<context>
    <name>PasswordRule</name>
    <message numerus="yes">
        <location filename="../migdesk/ui/password_rule.py" line="33"/>
        <source>не меньше %n символов</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../migdesk/ui/password_rule.py" line="42"/>
        <source>Не меньше %n символов; не из числа известных простых паролей (12345678, qwerty, пароль…) и без имени пользователя.</source>
        <translation>
            <numerusform>At least %n character; not one of the well-known simple passwords (12345678, qwerty, password…) and without the user name.</numerusform>
            <numerusform>At least %n characters; not one of the well-known simple passwords (12345678, qwerty, password…) and without the user name.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="63"/>
        <source>Смените пароль</source>
        <translation>Change your password</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="64"/>
        <source>Ваш пароль не отвечает действующему правилу паролей: {rule} Он пока действует, но смените его сейчас — хранилище защищено только паролями его пользователей.</source>
        <translation>Your password does not meet the current password rule: {rule} It still works, but change it now: the vault is protected only by its users&apos; passwords.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="74"/>
        <source>Сменить пароль…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="78"/>
        <source>Позже</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>PasswordRuleDialog</name>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="100"/>
        <source>Правило паролей</source>
        <translation>Password rule</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="109"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="110"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="107"/>
        <source>Новый пароль не короче, символов:</source>
        <translation>New passwords at least, characters:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="102"/>
        <source>Действует для новых паролей всех пользователей этого хранилища; меньше 10 символов задать нельзя. Известные простые пароли и пароли с именем пользователя не принимаются при любой длине. Прежние пароли продолжают действовать, но их владельцам после входа предлагается их сменить.</source>
        <translation>Applies to the new passwords of every user of this vault; it cannot be set below 10 characters. Well-known simple passwords and passwords containing the user name are refused at any length. Earlier passwords keep working, but their owners are asked to change them after logging in.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="46"/>
        <source>◀ Предыдущая</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="48"/>
        <source>Следующая ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="57"/>
        <source>По ширине</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="58"/>
        <source>Страница целиком</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="67"/>
        <source>Страница</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="72"/>
        <source>Масштаб</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="154"/>
        <source>из {count}</source>
        <translation>of {count}</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="42"/>
        <source>ФИО</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="43"/>
        <source>ФИО латиницей</source>
        <translation>Name in Latin letters</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="44"/>
        <source>Дата рождения</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="45"/>
        <source>Пол</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="46"/>
        <source>Гражданство</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="47"/>
        <source>Персональный номер</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="48"/>
        <source>Документы</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="49"/>
        <source>Место рождения</source>
        <translation>Place of birth</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="116"/>
        <source>Основные сведения</source>
        <translation>Main details</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="124"/>
        <source>Документы</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="126"/>
        <source>Ответственность</source>
        <translation>Liability</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="129"/>
        <source>Учёт (регистрация)</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="130"/>
        <source>Проживание и работа</source>
        <translation>Residence and work</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="131"/>
        <source>Гражданство</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="132"/>
        <source>Въезд/выезд</source>
        <translation>Entry/exit</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="133"/>
        <source>Фото и дактилокарта</source>
        <translation>Photo and fingerprints</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="63"/>
        <location filename="../migdesk/ui/person_form.py" line="134"/>
        <source>Семья</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="135"/>
        <source>История</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="140"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="143"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="151"/>
        <source>Сведения о лице (PDF)…</source>
        <translation>Person data sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="249"/>
        <source>Загрузка карточки…</source>
        <translation>Loading the record…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="251"/>
        <source>Загрузка карточки… — MigDesk</source>
        <translation>Loading the record… — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="293"/>
        <source>Новое лицо — MigDesk</source>
        <translation>New person — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="296"/>
        <source>без имени</source>
        <translation>no name</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="297"/>
        <source>{name} — MigDesk</source>
        <translation>{name} — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_card_save.py" line="270"/>
        <source>Запись сохранена.</source>
        <translation>The record has been saved.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_card_save.py" line="273"/>
        <source>Предупреждения:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_card_save.py" line="277"/>
        <source>Возможные дубликаты:</source>
        <translation>Possible duplicates:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_card_save.py" line="279"/>
        <source>Сохранено с предупреждениями</source>
        <translation>Saved with warnings</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_card_save.py" line="364"/>
        <source>Запись не сохранена: исправьте отмеченные поля.</source>
        <translation>The record was not saved: correct the marked fields.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_card_fill.py" line="70"/>
        <source>Восстановлены изменения, не сохранённые до автоматической блокировки ({moment}). Проверьте их и сохраните или закройте карточку без сохранения.</source>
        <translation>Changes not saved before the automatic lock ({moment}) were restored. Check them, then save or close the card without saving.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="59"/>
        <source>Выбор лиц из реестра</source>
        <translation>Choose persons from the registry</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="63"/>
        <source>Фамилия, имя, номер документа или дата рождения</source>
        <translation>Surname, given name, document number or date of birth</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="66"/>
        <source>Найти</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="72"/>
        <source>Добавить выбранных</source>
        <translation>Add selected</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="75"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="89"/>
        <source>Показываются первые {limit} совпадений.</source>
        <translation>The first {limit} matches are shown.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="107"/>
        <source>Найдено: {count}</source>
        <translation>Found: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="107"/>
        <source>Никого.</source>
        <translation>Nobody.</translation>
    </message>
</context>
<context>
    <name>PersonsPanel</name>
    <message>
        <location filename="../migdesk/ui/requests/request_persons.py" line="37"/>
        <source>Лица и категории сведений (ст.&#xa0;5)</source>
        <translation>Persons and information categories (Art.&#xa0;5)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_persons.py" line="44"/>
        <source>Добавить из реестра…</source>
        <translation>Add from registry…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_persons.py" line="46"/>
        <source>Убрать</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_persons.py" line="57"/>
        <source>Лица</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_persons.py" line="70"/>
        <source>Запрашиваемые сведения</source>
        <translation>Information requested</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../migdesk/ui/documents/printing.py" line="50"/>
        <source>Документ не удалось подготовить к печати.</source>
        <translation>The document could not be prepared for printing.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/printing.py" line="72"/>
        <source>Не удалось начать печать: принтер недоступен.</source>
        <translation>Printing could not start: the printer is unavailable.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/printing.py" line="78"/>
        <source>Принтер прервал печать.</source>
        <translation>The printer stopped the job.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="162"/>
        <source>Данные для писем: {name}</source>
        <translation>Details for letters: {name}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="169"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="172"/>
        <source>Фамилия, имя, отчество</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="173"/>
        <source>Должность</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="174"/>
        <source>Телефон</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="179"/>
        <source>Печатается в отметке об исполнителе, в реестре передачи и в акте об уничтожении. Без ФИО отметка об исполнителе не печатается.</source>
        <translation>Printed in the executor mark, the transmittal register and the destruction act. Without a full name no executor mark is printed.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="186"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="70"/>
        <source>№ {number}</source>
        <translation>No. {number}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="71"/>
        <source>№ {number} от {day}</source>
        <translation>No. {number} of {day}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="79"/>
        <source>Письмо: подписано, сохранено {when}; открыть — двойной щелчок</source>
        <translation>Letter: signed, stored {when}; double-click to open</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="98"/>
        <source>Действия (ст.&#xa0;10)</source>
        <translation>Actions (Art.&#xa0;10)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="105"/>
        <source>Ход исполнения</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="109"/>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="110"/>
        <source>Шаг</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="111"/>
        <source>Кто</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="112"/>
        <source>Номер письма</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="113"/>
        <source>Текст</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="150"/>
        <source>«{action}» сейчас недоступно: состояние «{state}».</source>
        <translation>“{action}” is not available now: the state is “{state}”.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="157"/>
        <source>Шаги появятся после сохранения.</source>
        <translation>Steps appear after saving.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="182"/>
        <source>Для этого сообщения шагов исполнения нет.</source>
        <translation>This message has no execution steps.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="206"/>
        <source>Сначала сохраните проект.</source>
        <translation>Save the draft first.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="246"/>
        <source>Подписал: {who}, {day}</source>
        <translation>Signed by: {who}, {day}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="251"/>
        <source>Направлен: {day}</source>
        <translation>Sent: {day}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="253"/>
        <source>Завершён: {day}</source>
        <translation>Closed: {day}</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="36"/>
        <source>Предложить уничтожение</source>
        <translation>Propose destruction</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="42"/>
        <source>Уничтожение утверждает другой пользователь — руководитель (правило «четырёх глаз»). Основание войдёт в акт об уничтожении; акт составляется на русском языке.</source>
        <translation>Another user, a supervisor, approves the destruction (four-eyes rule). The grounds will appear in the act of destruction; the act is drawn up in Russian.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="50"/>
        <source>Срок хранения истекает {date}: уничтожение досрочное. Укажите его основание, например просьбу предоставившей стороны или решение руководителя.</source>
        <translation>The retention period ends on {date}: this is an early destruction. Give its grounds, for example a request of the providing party or a supervisor&apos;s decision.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="66"/>
        <source>Запись:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="68"/>
        <source>Хранить до:</source>
        <translation>Keep until:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="69"/>
        <source>Основание:</source>
        <translation>Grounds:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="71"/>
        <source>Предложить</source>
        <translation>Propose</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="73"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="96"/>
        <source>Укажите основание: оно войдёт в акт об уничтожении.</source>
        <translation>Give the grounds: they will appear in the act of destruction.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="99"/>
        <source>Срок хранения ещё не истёк: «истечение срока хранения» не может быть основанием.</source>
        <translation>The retention period has not ended yet: “end of the retention period” cannot be the grounds.</translation>
    </message>
</context>
<context>
    <name>ProvenanceBanner</name>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="55"/>
        <source>надёжный</source>
        <translation>reliable</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="56"/>
        <source>как правило надёжный</source>
        <translation>usually reliable</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="57"/>
        <source>недостаточно надёжный</source>
        <translation>not usually reliable</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="58"/>
        <source>ненадёжный</source>
        <translation>unreliable</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="59"/>
        <location filename="../migdesk/ui/provenance_banner.py" line="66"/>
        <source>не оценена</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="62"/>
        <source>подтверждены</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="63"/>
        <source>вероятно достоверны</source>
        <translation>probably true</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="64"/>
        <source>возможно достоверны</source>
        <translation>possibly true</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="65"/>
        <source>сомнительны</source>
        <translation>doubtful</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="78"/>
        <source>Источник: {authority}</source>
        <translation>Source: {authority}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="84"/>
        <source>пакет № {number} от {date}</source>
        <translation>bundle no. {number} of {date}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="88"/>
        <source>пакет № {number}</source>
        <translation>bundle no. {number}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="92"/>
        <source>запрос № {number} от {date}</source>
        <translation>request no. {number} of {date}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="106"/>
        <source>цель: {purpose}</source>
        <translation>purpose: {purpose}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="107"/>
        <source>передача третьим лицам только с письменного согласия предоставившей стороны (ст.&#xa0;11.3)</source>
        <translation>passing on to third parties only with the provider&apos;s written consent (Art.&#xa0;11.3)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="113"/>
        <source>предоставившая сторона не ограничила передачу третьим лицам</source>
        <translation>the provider set no limit on passing it on to third parties</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="119"/>
        <source>хранить до {date} (ст.&#xa0;11.5)</source>
        <translation>keep until {date} (Art.&#xa0;11.5)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="127"/>
        <source>надёжность источника {grade} — {label}</source>
        <translation>source reliability {grade} — {label}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="134"/>
        <source>достоверность сведений {grade} — {label}</source>
        <translation>information accuracy {grade} — {label}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="160"/>
        <source>Происхождение и ограничения обработки</source>
        <translation>Provenance and handling limits</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="161"/>
        <source>Запросить согласие…</source>
        <translation>Ask for consent…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="164"/>
        <source>Согласие предоставившей стороны на передачу или иное использование (ст.&#xa0;11)</source>
        <translation>The providing party&apos;s consent to a transfer or other use (Art.&#xa0;11)</translation>
    </message>
</context>
<context>
    <name>ReceivedPanel</name>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="142"/>
        <source>Орган другой Стороны</source>
        <translation>Other Party&apos;s authority</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="143"/>
        <source>Год</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="144"/>
        <source>По состоянию на</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="145"/>
        <source>Получено</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="146"/>
        <source>Лиц всего</source>
        <translation>Persons in total</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="153"/>
        <source>Месяц</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="154"/>
        <source>Орган</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="155"/>
        <source>Направлено</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="156"/>
        <source>Поступило</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="157"/>
        <source>Исполнено</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="158"/>
        <source>Отказано</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="159"/>
        <source>Частично</source>
        <translation>Partially</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="160"/>
        <source>Ответов
получено</source>
        <translation>Answers
received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="161"/>
        <source>Отказов
получено</source>
        <translation>Refusals
received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="162"/>
        <source>С нарушением
срока</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="185"/>
        <source>Загрузка…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="205"/>
        <source>Получено сведений: {count}</source>
        <translation>Figures received: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="207"/>
        <source>Статистических сведений от другой Стороны не поступало.</source>
        <translation>No statistical information has been received from the other Party.</translation>
    </message>
</context>
<context>
    <name>RegisterPrinter</name>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="40"/>
        <source>Реестр передачи пакетов</source>
        <translation>Bundle transmittal register</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="41"/>
        <source>Документы PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="42"/>
        <source>Реестр передачи пакетов {date}.pdf</source>
        <translation>Bundle transmittal register {date}.pdf</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="58"/>
        <source>Составление реестра передачи…</source>
        <translation>Preparing the transmittal register…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="69"/>
        <source>Реестр составлен</source>
        <translation>Register ready</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="70"/>
        <source>Реестр передачи сохранён: {path}
Пакетов в реестре: {count}.</source>
        <translation>Transmittal register saved: {path}
Bundles in the register: {count}.</translation>
    </message>
</context>
<context>
    <name>RegistriesWindow</name>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="30"/>
        <source>Справочники — MigDesk</source>
        <translation>Registries — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="45"/>
        <source>Компетентные органы (ст.&#xa0;2)</source>
        <translation>Competent authorities (Art.&#xa0;2)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="46"/>
        <source>Соглашение (ст.&#xa0;17)</source>
        <translation>Agreement (Art.&#xa0;17)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="47"/>
        <source>Подписанты и бланки (п.&#xa0;3, 4 ст.&#xa0;9)</source>
        <translation>Signatories and blanks (Art.&#xa0;9.3, 9.4)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="48"/>
        <source>Журналы регистрации</source>
        <translation>Registration journals</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="51"/>
        <source>Изменять справочники могут администратор и руководитель; остальным — просмотр.</source>
        <translation>Administrators and supervisors edit the registries; others can only view them.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="36"/>
        <source>Фамилия</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="37"/>
        <source>Имя</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="38"/>
        <source>Отчество</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="39"/>
        <source>Латиницей</source>
        <translation>Latin</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="40"/>
        <source>Пол</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="41"/>
        <source>Дата рождения</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="42"/>
        <source>Гражданство</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="43"/>
        <source>Документ</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="44"/>
        <source>Получено от</source>
        <translation>Received from</translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="197"/>
        <source>Только администратор или руководитель</source>
        <translation>Administrator or supervisor only</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../migdesk/ui/registry.py" line="63"/>
        <source>Поиск: фамилия, имя (кириллицей или латиницей), номер документа, дата рождения</source>
        <translation>Search: surname, given name (Cyrillic or Latin), document number, date of birth</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="69"/>
        <source>Любое гражданство</source>
        <translation>Any citizenship</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="73"/>
        <source>Любой пол</source>
        <translation>Any sex</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="88"/>
        <source>Остановить</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="91"/>
        <source>Новое лицо</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="93"/>
        <source>Открыть</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="225"/>
        <source>Поиск остановлен.</source>
        <translation>Search stopped.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="244"/>
        <source>Найдено: {count}</source>
        <translation>Found: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="246"/>
        <source>Ничего не найдено.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="249"/>
        <source>Реестр пуст. Добавьте лицо кнопкой «Новое лицо» или демо-данные (меню «Файл»).</source>
        <translation>The registry is empty. Add a person with “New person” or add demo data (“File” menu).</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="64"/>
        <source>Отчёт PDF…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="70"/>
        <source>Отчёт за месяцы с</source>
        <translation>Report for the months from</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="72"/>
        <source>по</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="81"/>
        <source>Сохранить отчёт о статистике</source>
        <translation>Save the statistics report</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="82"/>
        <source>Документы PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="83"/>
        <source>Статистика {start} — {end}.pdf</source>
        <translation>Statistics {start} — {end}.pdf</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="99"/>
        <source>Отчёт составляется…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="104"/>
        <source>Составление отчёта о статистике…</source>
        <translation>Preparing the statistics report…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="122"/>
        <source>Отчёт сохранён: {name}</source>
        <translation>Report saved: {name}</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="14"/>
        <source>Зарегистрирован</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="15"/>
        <source>Взять в работу</source>
        <translation>Start work</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="16"/>
        <source>Запросить дополнительные сведения…</source>
        <translation>Ask for more information…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="17"/>
        <source>Дополнительные сведения получены</source>
        <translation>More information received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="18"/>
        <source>Уведомить о препятствиях или задержке…</source>
        <translation>Notify obstacles or delay…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="19"/>
        <source>Отложить или поставить условия…</source>
        <translation>Postpone or set conditions…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="20"/>
        <source>Возобновить исполнение</source>
        <translation>Resume execution</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="21"/>
        <source>Ответить…</source>
        <translation>Answer…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="22"/>
        <source>Отказать в исполнении…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="23"/>
        <source>Исполнить частично…</source>
        <translation>Answer partially…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="24"/>
        <source>Отозван другой Стороной</source>
        <translation>Withdrawn by the other Party</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="25"/>
        <source>Уведомить: без нарушения конфиденциальности не исполнить…</source>
        <translation>Notify: cannot execute without breaking confidentiality…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="28"/>
        <source>Другая Сторона согласна на исполнение без конфиденциальности…</source>
        <translation>The other Party agrees to execution without confidentiality…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="31"/>
        <source>Другая Сторона отозвала запрос (конфиденциальность)…</source>
        <translation>The other Party withdrew the request (confidentiality)…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="37"/>
        <source>Создан проект</source>
        <translation>Draft created</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="38"/>
        <source>Подписать…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="39"/>
        <source>Направить</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="40"/>
        <source>Аннулировать проект</source>
        <translation>Cancel draft</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="41"/>
        <source>Другая Сторона просит дополнительные сведения…</source>
        <translation>Other Party asks for more information…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="42"/>
        <source>Дополнительные сведения направлены</source>
        <translation>More information sent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="43"/>
        <source>Получено уведомление о препятствиях…</source>
        <translation>Obstacle notice received…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="44"/>
        <source>Получено уведомление об отсрочке…</source>
        <translation>Postponement notice received…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="45"/>
        <source>Исполнение возобновлено</source>
        <translation>Execution resumed</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="46"/>
        <source>Получен ответ…</source>
        <translation>Answer received…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="47"/>
        <source>Получен отказ…</source>
        <translation>Refusal received…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="48"/>
        <source>Получен частичный отказ…</source>
        <translation>Partial refusal received…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="49"/>
        <source>Отозвать запрос</source>
        <translation>Withdraw request</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="50"/>
        <source>Получено уведомление: конфиденциальность не соблюсти…</source>
        <translation>Notice received: confidentiality cannot be kept…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="53"/>
        <source>Согласиться на исполнение без конфиденциальности…</source>
        <translation>Agree to execution without confidentiality…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="56"/>
        <source>Отозвать запрос: конфиденциальность не соблюсти…</source>
        <translation>Withdraw the request: confidentiality cannot be kept…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="55"/>
        <source>Запрос согласия предоставившей стороны — MigDesk</source>
        <translation>Consent request to the providing party — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="62"/>
        <source>Передать другому органу (ст.&#xa0;11.3)</source>
        <translation>Pass on to another authority (Art.&#xa0;11.3)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="63"/>
        <source>Использовать для другой цели (ст.&#xa0;11.2)</source>
        <translation>Use for another purpose (Art.&#xa0;11.2)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="79"/>
        <source>код органа, например KZ-MTSZN</source>
        <translation>authority code, e.g. KZ-MTSZN</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="93"/>
        <source>Для чего нужна передача или иное использование сведений</source>
        <translation>Why the transfer or other use of the information is needed</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="98"/>
        <source>Запись:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="100"/>
        <source>Получена от:</source>
        <translation>Received from:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="101"/>
        <source>Получена для цели:</source>
        <translation>Received for the purpose:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="102"/>
        <source>Запрашиваем:</source>
        <translation>We ask to:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="103"/>
        <source>Цель запроса:</source>
        <translation>Purpose of the request:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="105"/>
        <source>Записать запрос</source>
        <translation>Record the request</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="114"/>
        <source>Укажите орган, которому нужно передать сведения.</source>
        <translation>Name the authority the information is to be passed to.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="125"/>
        <source>Запрос согласия записан. Он уйдёт со следующим пакетом в {authority} («Обмен» → «Выгрузить пакет…»).</source>
        <translation>Consent request recorded. It leaves with the next bundle to {authority} (“Exchange” → “Export bundle…”).</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="119"/>
        <source>Запрос</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="120"/>
        <source>Информация без запроса</source>
        <translation>Information without request</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="121"/>
        <source>Запрос о подтверждении</source>
        <translation>Confirmation request</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="128"/>
        <source>входящий</source>
        <translation>incoming</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="129"/>
        <source>исходящий</source>
        <translation>outgoing</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/kit.py" line="124"/>
        <source>{size} КБ</source>
        <translation>{size} KB</translation>
    </message>
</context>
<context>
    <name>RequestListView</name>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="63"/>
        <source>Входящие и исходящие</source>
        <translation>Incoming and outgoing</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="64"/>
        <source>Входящие</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="65"/>
        <source>Исходящие</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="67"/>
        <source>Любое состояние</source>
        <translation>Any state</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="72"/>
        <source>Любой компетентный орган</source>
        <translation>Any competent authority</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="73"/>
        <source>Только просроченные</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="75"/>
        <source>Состояние запросов на конец этого дня</source>
        <translation>State of requests at the end of this day</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="86"/>
        <source>на дату</source>
        <translation>as of</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="90"/>
        <source>Новый запрос</source>
        <translation>New request</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="92"/>
        <source>Зарегистрировать входящий…</source>
        <translation>Register incoming…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="94"/>
        <source>Информация без запроса (ст.&#xa0;8)</source>
        <translation>Information without request (Art.&#xa0;8)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="98"/>
        <source>Открыть</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="102"/>
        <source>Подписать и напечатать…</source>
        <translation>Sign and print…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="103"/>
        <source>Выберите запросы (Ctrl или Shift + щелчок)</source>
        <translation>Select requests (Ctrl or Shift + click)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="120"/>
        <source>Номер</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="121"/>
        <source>Вид</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="122"/>
        <source>Направление</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="123"/>
        <source>Другая Сторона</source>
        <translation>Other Party</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="124"/>
        <source>Состояние</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="125"/>
        <source>Поступил / направлен</source>
        <translation>Received / sent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="126"/>
        <source>Срок</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="127"/>
        <source>Существо</source>
        <translation>Substance</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="203"/>
        <source>Показано: {count}</source>
        <translation>Shown: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="205"/>
        <source>Запросов нет.</source>
        <translation>No requests.</translation>
    </message>
</context>
<context>
    <name>RequestScreens</name>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="67"/>
        <source>Сроки исполнения</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="69"/>
        <source>Реестр лиц</source>
        <translation>Person registry</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="70"/>
        <source>Запросы</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="81"/>
        <source>С&amp;правочники</source>
        <translation>&amp;Registries</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="83"/>
        <source>Компетентные органы, Соглашение, подписанты, журналы…</source>
        <translation>Competent authorities, Agreement, signatories, journals…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="88"/>
        <source>Тематическая информация (ст.&#xa0;4)…</source>
        <translation>Thematic information (Art.&#xa0;4)…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="93"/>
        <source>С&amp;татистика</source>
        <translation>&amp;Statistics</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="94"/>
        <source>Статистика запросов (ст.&#xa0;3)…</source>
        <translation>Request statistics (Art.&#xa0;3)…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="215"/>
        <source>Открыты тематические сведения, не сохранённые до блокировки или сбоя: {count}.</source>
        <translation>Thematic information reopened that was not saved before the lock or a failure: {count}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="223"/>
        <source>Открыты запросы с текстом, не сохранённым до блокировки: {count}.</source>
        <translation>Requests reopened with text not saved before the lock: {count}.</translation>
    </message>
</context>
<context>
    <name>RequestSteps</name>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="68"/>
        <source>Зарегистрирован</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="69"/>
        <source>Взят в работу</source>
        <translation>Taken into work</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="70"/>
        <source>Запрошены дополнительные сведения</source>
        <translation>More information requested</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="71"/>
        <source>Дополнительные сведения получены</source>
        <translation>More information received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="72"/>
        <source>Направлено уведомление о препятствиях</source>
        <translation>Obstacle notice sent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="73"/>
        <source>Исполнение отложено или поставлены условия</source>
        <translation>Execution postponed or made conditional</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="74"/>
        <location filename="../migdesk/ui/request_labels.py" line="99"/>
        <source>Исполнение возобновлено</source>
        <translation>Execution resumed</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="75"/>
        <source>Направлен ответ</source>
        <translation>Answer sent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="76"/>
        <source>Отказано в исполнении</source>
        <translation>Execution refused</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="77"/>
        <source>Исполнен частично</source>
        <translation>Executed in part</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="78"/>
        <source>Отозван другой Стороной</source>
        <translation>Withdrawn by the other Party</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="79"/>
        <source>Сообщено: без нарушения конфиденциальности не исполнить</source>
        <translation>Notified: cannot be executed without breaking confidentiality</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="82"/>
        <source>Другая Сторона согласна на исполнение без конфиденциальности</source>
        <translation>The other Party agrees to execution without confidentiality</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="85"/>
        <source>Другая Сторона отозвала запрос (конфиденциальность)</source>
        <translation>The other Party withdrew the request (confidentiality)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="91"/>
        <source>Создан проект</source>
        <translation>Draft created</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="92"/>
        <source>Подписан</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="93"/>
        <source>Направлен</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="94"/>
        <source>Проект аннулирован</source>
        <translation>Draft cancelled</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="95"/>
        <source>Другая Сторона просит дополнительные сведения</source>
        <translation>The other Party asks for more information</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="96"/>
        <source>Дополнительные сведения направлены</source>
        <translation>More information sent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="97"/>
        <source>Получено уведомление о препятствиях</source>
        <translation>Obstacle notice received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="98"/>
        <source>Получено уведомление об отсрочке</source>
        <translation>Postponement notice received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="100"/>
        <source>Получен ответ</source>
        <translation>Answer received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="101"/>
        <source>Получен отказ</source>
        <translation>Refusal received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="102"/>
        <source>Получен частичный отказ</source>
        <translation>Partial refusal received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="103"/>
        <source>Запрос отозван</source>
        <translation>Request withdrawn</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="104"/>
        <source>Получено уведомление: конфиденциальность не соблюсти</source>
        <translation>Notice received: confidentiality cannot be kept</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="107"/>
        <source>Дано согласие на исполнение без конфиденциальности</source>
        <translation>Agreed to execution without confidentiality</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="110"/>
        <source>Запрос отозван: конфиденциальность не соблюсти</source>
        <translation>Request withdrawn: confidentiality cannot be kept</translation>
    </message>
</context>
<context>
    <name>RequestWindow</name>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="149"/>
        <source>Запросить подтверждение подлинности (п.&#xa0;5 ст.&#xa0;9)…</source>
        <translation>Ask for confirmation of authenticity (Art.&#xa0;9.5)…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="153"/>
        <source>Документ…</source>
        <translation>Document…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="157"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="239"/>
        <source>Загрузка запроса…</source>
        <translation>Loading the request…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="272"/>
        <source>Зарегистрировать</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="274"/>
        <source>Сохранить проект</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="277"/>
        <source>Сохранить изменения</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="287"/>
        <source>Регистрация входящего: {kind}</source>
        <translation>Registering incoming: {kind}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="289"/>
        <source>Новый исходящий: {kind}</source>
        <translation>New outgoing: {kind}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="337"/>
        <source>Писем нашей стороны по этому сообщению пока нет.</source>
        <translation>There is no letter of ours on this message yet.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="241"/>
        <location filename="../migdesk/ui/requests/request_window.py" line="292"/>
        <location filename="../migdesk/ui/requests/request_window.py" line="305"/>
        <source>{what} — MigDesk</source>
        <translation>{what} — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="299"/>
        <source>{kind} № {number} ({direction})</source>
        <translation>{kind} No. {number} ({direction})</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="307"/>
        <source>Состояние: {state}. {source} → {target}</source>
        <translation>State: {state}. {source} → {target}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="313"/>
        <source>Срок истёк {due}: просрочено на {days} дн.</source>
        <translation>Was due {due}: {days} days overdue</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="318"/>
        <source>Срок {due}: осталось {days} дн.</source>
        <translation>Due {due}: {days} days left</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_save.py" line="152"/>
        <source>Не сохранено: исправьте отмеченные поля.</source>
        <translation>Not saved: correct the marked fields.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_unsaved.py" line="125"/>
        <source>Восстановлен текст, не сохранённый до автоматической блокировки ({moment}). Проверьте его и сохраните или закройте окно без сохранения.</source>
        <translation>Text not saved before the automatic lock ({moment}) was restored. Check it, then save or close the window without saving.</translation>
    </message>
</context>
<context>
    <name>RetentionLabels</name>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="12"/>
        <source>сведения о лице</source>
        <translation>person record</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="13"/>
        <source>запрос с перепиской</source>
        <translation>request with its correspondence</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="14"/>
        <source>вложение запроса</source>
        <translation>request attachment</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="15"/>
        <source>тематическая информация</source>
        <translation>thematic information</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="16"/>
        <source>согласие стороны</source>
        <translation>Party&apos;s consent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="24"/>
        <location filename="../migdesk/ui/retention_labels.py" line="25"/>
        <source>лет с даты завершения запроса — {years}</source>
        <translation>{years} years from the request&apos;s closing</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="26"/>
        <source>лет с даты решения — {years}</source>
        <translation>{years} years from the decision</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="27"/>
        <source>лет с даты ввода — {years}</source>
        <translation>{years} years from entry</translation>
    </message>
</context>
<context>
    <name>RetentionWindow</name>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="69"/>
        <source>Сроки хранения — MigDesk</source>
        <translation>Retention — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_years.py" line="35"/>
        <source>по умолчанию</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_years.py" line="39"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_years.py" line="44"/>
        <source>Срок хранения, лет:</source>
        <translation>Retention period, years:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_years.py" line="50"/>
        <source>(изменяет администратор)</source>
        <translation>(set by an administrator)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="81"/>
        <source>К уничтожению</source>
        <translation>Due for destruction</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="87"/>
        <source>Акты уничтожения</source>
        <translation>Acts of destruction</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="92"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="107"/>
        <source>Список доступен сотрудникам и руководителям (роль officer, supervisor).</source>
        <translation>The list is available to officers and supervisors (role officer, supervisor).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="120"/>
        <source>Обновить</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="123"/>
        <source>Срок хранения истёк на дату:</source>
        <translation>Retention ended as of:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="130"/>
        <source>Вид записи</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="131"/>
        <source>Идентификатор</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="132"/>
        <source>Хранить до</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="133"/>
        <source>Срок</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="141"/>
        <source>Уничтожить…</source>
        <translation>Destroy…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="146"/>
        <source>Уничтожение утверждает руководитель (роль supervisor).</source>
        <translation>Destruction is approved by a supervisor (role supervisor).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="149"/>
        <source>Предложить уничтожение</source>
        <translation>Propose destruction</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="192"/>
        <source>нужна исполняемому запросу № {numbers}</source>
        <translation>needed by request No. {numbers} in progress</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="196"/>
        <source>запись, к которой относится согласие, уничтожена</source>
        <translation>the record the consent concerns was destroyed</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_years.py" line="84"/>
        <source>Срок хранения ({kind}) сохранён (лет: {years}).</source>
        <translation>Retention period ({kind}) saved ({years} years).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="200"/>
        <source>установлен для записи</source>
        <translation>set for the record</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="211"/>
        <source>Подлежат уничтожению: {count}</source>
        <translation>Due for destruction: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="213"/>
        <source>Записей с истёкшим сроком хранения нет.</source>
        <translation>No records are past their retention date.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_propose.py" line="37"/>
        <source>Уничтожение записи {record} предложено; его утверждает другой пользователь — руководитель (правило «четырёх глаз»).</source>
        <translation>Destruction of record {record} proposed; another user, a supervisor, approves it (four-eyes rule).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="297"/>
        <source>Уничтожение записи и очистка хранилища…</source>
        <translation>Destroying the record and cleaning the vault…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="310"/>
        <source>Запись {record} уничтожена; составлен акт № {number}. Акт можно сохранить повторно на вкладке «Акты уничтожения».</source>
        <translation>Record {record} was destroyed; act No. {number} was drawn up. The act can be saved again on the “Acts of destruction” tab.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_years.py" line="80"/>
        <source>Срок хранения по умолчанию сохранён (лет: {years}).</source>
        <translation>Default retention saved ({years} years).</translation>
    </message>
</context>
<context>
    <name>SendInBundle</name>
    <message>
        <location filename="../migdesk/ui/exchange/send_action.py" line="46"/>
        <source>Отправить в пакете…</source>
        <translation>Send in a bundle…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/send_action.py" line="86"/>
        <source>Выгрузить пакет с этим запросом или письмами по нему</source>
        <translation>Export a bundle with this request or its letters</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/send_action.py" line="87"/>
        <source>Нечего отправлять: запрос не подписан или всё уже отправлено</source>
        <translation>Nothing to send: the request is not signed or everything has been sent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/send_action.py" line="88"/>
        <source>Нет доверенного сертификата органа-партнёра</source>
        <translation>No trusted certificate of the partner authority</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="59"/>
        <source>Подписание — запрос № {number}</source>
        <translation>Signing — request No. {number}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="64"/>
        <source>Запрос № {number} подписывается электронной подписью подписанта. Подпись записывает шаг «Подписан», подписанный PDF хранится с запросом; без него запрос не направляется.</source>
        <translation>Request No. {number} is signed with the signatory&apos;s digital signature. Signing records the “Signed” step and the signed PDF is kept with the request; without it the request is not sent.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="81"/>
        <source>Подписант (п.&#xa0;3 ст.&#xa0;9)</source>
        <translation>Signatory (Art.&#xa0;9.3)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="88"/>
        <source>Подписать</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="89"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="99"/>
        <source>Запрос подписывается датой {day}.</source>
        <translation>The request is signed with the date {day}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="127"/>
        <source>нет подписантов, действующих на эту дату</source>
        <translation>no signatories authorised on this date</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="148"/>
        <source>Подписание запроса № {n}…</source>
        <translation>Signing request No. {n}…</translation>
    </message>
</context>
<context>
    <name>SignatoriesTab</name>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="56"/>
        <source>Все органы</source>
        <translation>All authorities</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="64"/>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="92"/>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="205"/>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="268"/>
        <source>Орган</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="65"/>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="206"/>
        <source>Должность</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="66"/>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="207"/>
        <source>Фамилия, имя, отчество</source>
        <translation>Surname, given name, patronymic</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="67"/>
        <source>С</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="68"/>
        <source>По</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="69"/>
        <source>Пользователь</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="70"/>
        <source>Сертификат</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="71"/>
        <source>Сегодня</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="75"/>
        <source>Добавить подписанта…</source>
        <translation>Add signatory…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="77"/>
        <source>Прекратить полномочия…</source>
        <translation>End authority…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="79"/>
        <source>Образец бланка…</source>
        <translation>Blank sample…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="91"/>
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="93"/>
        <source>Изменение</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="94"/>
        <source>Направление</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="95"/>
        <source>Состояние</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="96"/>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="97"/>
        <source>Реквизиты</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="101"/>
        <source>Отметить направленными…</source>
        <translation>Mark as sent…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="104"/>
        <source>Уведомления об изменениях (п.&#xa0;4 ст.&#xa0;9)</source>
        <translation>Change notifications (Art.&#xa0;9.4)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="126"/>
        <source>включён подписант</source>
        <translation>signatory added</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="127"/>
        <source>прекращены полномочия</source>
        <translation>authority ended</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="128"/>
        <source>образец бланка</source>
        <translation>blank sample</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="134"/>
        <source>ожидает отправки</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="135"/>
        <source>направлено</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="136"/>
        <source>получено</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="156"/>
        <source>есть</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="157"/>
        <source>действует</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="157"/>
        <source>не действует</source>
        <translation>not valid</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="163"/>
        <source>наше</source>
        <translation>ours</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="163"/>
        <source>другой Стороны</source>
        <translation>other Party&apos;s</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="185"/>
        <source>Ожидают уведомления другой Стороны: {count} (направить незамедлительно)</source>
        <translation>Awaiting notification of the other Party: {count} (send at once)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="190"/>
        <source>Все изменения уведомлены.</source>
        <translation>All changes notified.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="194"/>
        <source>Новый подписант</source>
        <translation>New signatory</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="208"/>
        <source>Полномочия с</source>
        <translation>Authorised from</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="209"/>
        <source>Полномочия по</source>
        <translation>Authorised until</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="210"/>
        <source>Пользователь MigDesk</source>
        <translation>MigDesk user</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="211"/>
        <source>Образец подписи</source>
        <translation>Signature sample</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="212"/>
        <source>Сертификат подписи</source>
        <translation>Signing certificate</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="213"/>
        <source>Перечень другой Стороны получен</source>
        <translation>Other Party&apos;s list received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="216"/>
        <source>Изменение перечня своей Стороны создаёт уведомление, ожидающее отправки.</source>
        <translation>A change to our own Party&apos;s list creates a pending notification.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="243"/>
        <source>Выберите подписанта в таблице.</source>
        <translation>Select a signatory in the table.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="245"/>
        <source>Прекращение полномочий</source>
        <translation>End of authority</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="248"/>
        <source>Последний день полномочий</source>
        <translation>Last day of authority</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="249"/>
        <source>Уведомление другой Стороны получено</source>
        <translation>Other Party&apos;s notification received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="260"/>
        <source>Образец бланка</source>
        <translation>Blank sample</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="269"/>
        <source>Бланк</source>
        <translation>Blank</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="270"/>
        <source>Действует с</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="271"/>
        <source>Действует по</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="272"/>
        <source>Изображение</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="273"/>
        <source>Получен от другой Стороны</source>
        <translation>Received from the other Party</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="277"/>
        <source>Не выбрано изображение бланка.</source>
        <translation>No blank image chosen.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="296"/>
        <source>Уведомления направлены</source>
        <translation>Notifications sent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="299"/>
        <source>Отмечаются все ожидающие уведомления: {ids}</source>
        <translation>All pending notifications are marked: {ids}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="306"/>
        <source>Дата направления</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="307"/>
        <source>Номер ноты или письма</source>
        <translation>Note or letter number</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="164"/>
        <source>Проверка подписи: {name}</source>
        <translation>Signature check: {name}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="168"/>
        <source>Файл: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="182"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="189"/>
        <source>Подпись {index}</source>
        <translation>Signature {index}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="202"/>
        <source>Подписант: {signer}</source>
        <translation>Signer: {signer}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="203"/>
        <source>Серийный номер сертификата: {serial}</source>
        <translation>Certificate serial number: {serial}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="204"/>
        <source>Время подписания: {time}</source>
        <translation>Signing time: {time}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="213"/>
        <source>Уполномочен на дату подписания (п.&#xa0;3 ст.&#xa0;9): да — {who}</source>
        <translation>Authorised on the signing date (Art.&#xa0;9.3): yes — {who}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="216"/>
        <source>Уполномочен на дату подписания (п.&#xa0;3 ст.&#xa0;9): нет</source>
        <translation>Authorised on the signing date (Art.&#xa0;9.3): no</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="230"/>
        <source>Проверки этого вложения</source>
        <translation>Checks of this attachment</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="234"/>
        <source>Проверено</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="235"/>
        <source>Кто</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="236"/>
        <source>Результат</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="237"/>
        <source>Уполномочен</source>
        <translation>Authorised</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="238"/>
        <source>Подписант</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="253"/>
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="253"/>
        <source>нет</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="260"/>
        <source>Сохранённых проверок нет.</source>
        <translation>No stored checks.</translation>
    </message>
</context>
<context>
    <name>SignatureView</name>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="90"/>
        <source>Подпись действительна</source>
        <translation>The signature is valid</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="91"/>
        <source>Подпись нарушена: документ изменён после подписания</source>
        <translation>The signature is broken: the document was changed after signing</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="94"/>
        <source>Сертификат подписанта не доверен</source>
        <translation>The signer&apos;s certificate is not trusted</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="97"/>
        <source>После подписи в документ внесены изменения</source>
        <translation>The document was changed after it was signed</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="100"/>
        <source>Подписей нет</source>
        <translation>No signatures</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="108"/>
        <source>действительна</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="109"/>
        <source>нарушена</source>
        <translation>broken</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="110"/>
        <source>сертификат не доверен</source>
        <translation>certificate not trusted</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="111"/>
        <source>документ изменён после подписи</source>
        <translation>document changed after signing</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="112"/>
        <source>отсутствует</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="150"/>
        <source>подпись: {status} ({day})</source>
        <translation>signature: {status} ({day})</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="54"/>
        <source>Статистика запросов (ст.&#xa0;3) — MigDesk</source>
        <translation>Request statistics (Art.&#xa0;3) — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="59"/>
        <source>Все органы другой Стороны</source>
        <translation>All of the other Party&apos;s authorities</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="61"/>
        <source>Выгрузить в CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="65"/>
        <source>На дату</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="73"/>
        <source>Месяц</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="74"/>
        <source>Орган
другой Стороны</source>
        <translation>Other Party&apos;s
authority</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="75"/>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="200"/>
        <source>Направлено</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="76"/>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="201"/>
        <source>Поступило</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="77"/>
        <source>Исполнено</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="78"/>
        <source>Отказано</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="79"/>
        <source>Частично</source>
        <translation>Partially</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="80"/>
        <source>Ответов
получено</source>
        <translation>Answers
received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="81"/>
        <source>Отказов
получено</source>
        <translation>Refusals
received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="82"/>
        <source>С нарушением
срока</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="83"/>
        <source>Медиана
исполнения, дн.</source>
        <translation>Median
answer, days</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="84"/>
        <source>Медиана ответа
другой Стороны, дн.</source>
        <translation>Median other
Party&apos;s answer, days</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="95"/>
        <source>Нет данных за выбранный период.</source>
        <translation>No data for this period.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="111"/>
        <source>Наша статистика</source>
        <translation>Our statistics</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="113"/>
        <source>Полученная от другой Стороны</source>
        <translation>Received from the other Party</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="129"/>
        <source>Подсчёт…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="202"/>
        <source>Исполнено / получены ответы</source>
        <translation>Answered / answers received</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="203"/>
        <source>Отказы (полные и частичные)</source>
        <translation>Refusals (full and partial)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="213"/>
        <source>Выгрузить статистику</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="214"/>
        <source>Таблицы CSV (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="236"/>
        <source>Выгружено строк: {count} — {name}</source>
        <translation>Rows exported: {count} — {name}</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="97"/>
        <source>{step} — запрос № {number}</source>
        <translation>{step} — request No. {number}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="111"/>
        <source>Дата шага</source>
        <translation>Step date</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="116"/>
        <source>Отложить исполнение</source>
        <translation>Postpone execution</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="117"/>
        <source>Исполнить на условиях</source>
        <translation>Execute on conditions</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="132"/>
        <source>Номер письма другой Стороны</source>
        <translation>Other Party&apos;s letter number</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="135"/>
        <source>Приложить файл…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="143"/>
        <source>Вложения</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="145"/>
        <source>Записать шаг</source>
        <translation>Record step</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="148"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="173"/>
        <source>Какие сведения нужны</source>
        <translation>Information needed</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="175"/>
        <source>Обстоятельства, препятствующие исполнению</source>
        <translation>Circumstances preventing execution</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="180"/>
        <source>Что не удастся сохранить в тайне и почему (п.&#xa0;1 ст.&#xa0;11)</source>
        <translation>What cannot be kept confidential, and why (Art.&#xa0;11.1)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="183"/>
        <source>Ожидаемый срок</source>
        <translation>Expected date</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="194"/>
        <source>Решение (п.&#xa0;2 ст.&#xa0;10)</source>
        <translation>Decision (Art.&#xa0;10.2)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="198"/>
        <source>Производство, которому помешает исполнение</source>
        <translation>Proceedings execution would hinder</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="201"/>
        <source>Условия исполнения</source>
        <translation>Conditions of execution</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="202"/>
        <source>До какого срока</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="205"/>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="231"/>
        <source>Текст уведомления</source>
        <translation>Notice text</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="207"/>
        <source>Результаты исполнения</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="216"/>
        <source>Передаваемые записи о лицах</source>
        <translation>Person records passed on</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="219"/>
        <source>Что исполнено</source>
        <translation>What is answered</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="220"/>
        <source>Что не исполнено</source>
        <translation>What is not answered</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="229"/>
        <source>Основания (п.&#xa0;4 ст.&#xa0;10)</source>
        <translation>Grounds (Art.&#xa0;10.4)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="230"/>
        <source>Причины отказа</source>
        <translation>Reasons for refusal</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="233"/>
        <source>Текст</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="235"/>
        <source>Шаг записывается с датой и вашим именем.</source>
        <translation>The step is recorded with its date and your name.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="238"/>
        <source>Вложение</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="238"/>
        <source>Все файлы (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="247"/>
        <source>Файл не прочитан.</source>
        <translation>File not read.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="276"/>
        <source>Шаг не записан</source>
        <translation>Step not recorded</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="277"/>
        <source>Закрыть без записи шага? Набранный текст будет потерян.</source>
        <translation>Close without recording the step? The text typed will be lost.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="278"/>
        <source>Закрыть без записи</source>
        <translation>Close without recording</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="358"/>
        <source>Шаг не записан: исправьте отмеченные поля.</source>
        <translation>Step not recorded: correct the marked fields.</translation>
    </message>
</context>
<context>
    <name>SubrecordTable</name>
    <message>
        <location filename="../migdesk/ui/subrecord_table.py" line="93"/>
        <source>Добавить строку</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_table.py" line="95"/>
        <source>Удалить строку</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_table.py" line="266"/>
        <source>Строка {row}</source>
        <translation>Row {row}</translation>
    </message>
</context>
<context>
    <name>Subrecords</name>
    <message>
        <location filename="../migdesk/ui/delegates.py" line="81"/>
        <source>ДД.ММ.ГГГГ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="51"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="118"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="142"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="178"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="203"/>
        <source>Государство</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="52"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="183"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="204"/>
        <source>Дата решения</source>
        <translation>Date of decision</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="53"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="124"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="185"/>
        <source>Орган</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="54"/>
        <source>Статья (основание)</source>
        <translation>Article (legal basis)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="57"/>
        <source>Описание</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="62"/>
        <source>Мера</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="70"/>
        <source>Документы, удостоверяющие личность</source>
        <translation>Identity documents</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="74"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="112"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="136"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="170"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="197"/>
        <source>Вид</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="80"/>
        <source>Серия</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="81"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="143"/>
        <source>Номер</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="84"/>
        <source>Государство выдачи</source>
        <translation>Issuing state</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="88"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="144"/>
        <source>Дата выдачи</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="89"/>
        <source>Кем выдан</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="90"/>
        <source>Действителен до</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="97"/>
        <source>Административная ответственность</source>
        <translation>Administrative liability</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="102"/>
        <source>Уголовная ответственность</source>
        <translation>Criminal liability</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="108"/>
        <source>Учёт по месту пребывания и по месту жительства</source>
        <translation>Registration at the place of stay and of residence</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="120"/>
        <source>Адрес</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="122"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="145"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="205"/>
        <source>Действует с</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="123"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="146"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="206"/>
        <source>Действует до</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="132"/>
        <source>Разрешения на проживание и право на работу</source>
        <translation>Residence permits and the right to work</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="147"/>
        <source>Кем выдано</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="149"/>
        <source>Работодатель</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="150"/>
        <source>БИН/ИНН</source>
        <translation>BIN/TIN</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="153"/>
        <source>Адрес работодателя</source>
        <translation>Employer&apos;s address</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="164"/>
        <source>Приём и восстановление в гражданстве, принадлежность к гражданству</source>
        <translation>Admission to and restoration of citizenship, citizenship affiliation</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="184"/>
        <source>Номер решения</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="193"/>
        <source>Неразрешение въезда, ограничение выезда, выдворение</source>
        <translation>Entry bans, exit restrictions, expulsions</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="209"/>
        <source>Основания</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="215"/>
        <source>Кем принято решение</source>
        <translation>Decided by</translation>
    </message>
</context>
<context>
    <name>ThematicForm</name>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="114"/>
        <source>— не указан —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="131"/>
        <source>Добавить из реестра…</source>
        <translation>Add from registry…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="140"/>
        <source>Приложить файл…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="157"/>
        <source>Категория (ст.&#xa0;4)</source>
        <translation>Category (Art.&#xa0;4)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="158"/>
        <source>Заголовок</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="159"/>
        <source>Текст</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="160"/>
        <source>Дата сведений</source>
        <translation>Information date</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="161"/>
        <source>Период</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="162"/>
        <source>Источник</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="163"/>
        <source>Связанные лица</source>
        <translation>Linked persons</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="164"/>
        <source>Связанные запросы</source>
        <translation>Linked requests</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="165"/>
        <source>Вложения</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="167"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="170"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="186"/>
        <source>Новые тематические сведения — MigDesk</source>
        <translation>New thematic information — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="195"/>
        <source>Загрузка сведений… — MigDesk</source>
        <translation>Loading the information… — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="238"/>
        <source>{title} — MigDesk</source>
        <translation>{title} — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="310"/>
        <source>Вложение</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="310"/>
        <source>Все файлы (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="377"/>
        <source>Не сохранено: исправьте отмеченные поля.</source>
        <translation>Not saved: correct the marked fields.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_draft.py" line="82"/>
        <source>Восстановлены сведения, не сохранённые до блокировки или сбоя программы ({moment}). Проверьте их и сохраните или закройте форму без сохранения.</source>
        <translation>Information not saved before the lock or a program failure ({moment}) was restored. Check it, then save or close the form without saving.</translation>
    </message>
</context>
<context>
    <name>ThematicOrigin</name>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="24"/>
        <source>Получено от {provider}</source>
        <translation>Received from {provider}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="27"/>
        <source>в пакете № {number}</source>
        <translation>in bundle No. {number}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="32"/>
        <source>от {day}</source>
        <translation>of {day}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="36"/>
        <source>Цель использования: {purpose}</source>
        <translation>Purpose of use: {purpose}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="42"/>
        <source>передача третьей стороне — только с согласия (п.&#xa0;3 ст.&#xa0;11)</source>
        <translation>passing to a third party only with consent (Art.&#xa0;11.3)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="49"/>
        <source>хранить до {day}</source>
        <translation>keep until {day}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="59"/>
        <source>Запрос № {number}</source>
        <translation>Request No. {number}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="61"/>
        <source>Запрос уничтожен (акт № {act})</source>
        <translation>Request destroyed (act No. {act})</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="64"/>
        <source>Запрос {id} (нет в хранилище)</source>
        <translation>Request {id} (not in the vault)</translation>
    </message>
</context>
<context>
    <name>ThematicWindow</name>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="42"/>
        <source>Тематическая информация (ст.&#xa0;4) — MigDesk</source>
        <translation>Thematic information (Art.&#xa0;4) — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="45"/>
        <source>Все категории</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="50"/>
        <source>Новые сведения…</source>
        <translation>New item…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="53"/>
        <source>Открыть</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="63"/>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="64"/>
        <source>Категория</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="65"/>
        <source>Заголовок</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="66"/>
        <source>Лиц</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="67"/>
        <source>Вложений</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="68"/>
        <source>Внёс</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="104"/>
        <source>Записей: {count}</source>
        <translation>Items: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="118"/>
        <source>получено от {provider}</source>
        <translation>received from {provider}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="60"/>
        <source>MigDesk — вход</source>
        <translation>MigDesk — sign in</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="63"/>
        <source>MigDesk</source>
        <translation>MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="69"/>
        <source>Рабочее место сотрудника миграционной службы (Казахстан — Армения)</source>
        <translation>Migration officer workstation (Kazakhstan — Armenia)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="39"/>
        <source>Обзор…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="47"/>
        <source>Файл не найден — можно создать новое хранилище.</source>
        <translation>File not found — a new vault can be created.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="50"/>
        <source>Создать новое хранилище…</source>
        <translation>Create a new vault…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="63"/>
        <source>Хранилище:</source>
        <translation>Vault:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="65"/>
        <source>Пользователь:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="62"/>
        <location filename="../migdesk/ui/unlock_open.py" line="66"/>
        <source>Пароль:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="69"/>
        <source>Запомнить на этом компьютере</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="245"/>
        <location filename="../migdesk/ui/unlock_open.py" line="83"/>
        <source>Проверка пароля…</source>
        <translation>Checking the password…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="85"/>
        <source>Открыть</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="87"/>
        <source>Выход</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="89"/>
        <source>Проверить пакет (курьер)</source>
        <translation>Check a bundle (courier)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="36"/>
        <source>Новое хранилище</source>
        <translation>New vault</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="59"/>
        <source>Файл:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="60"/>
        <source>Компетентный орган:</source>
        <translation>Competent authority:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="61"/>
        <source>Администратор:</source>
        <translation>Administrator:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="63"/>
        <source>Повторите пароль:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="65"/>
        <source>Демонстрационное хранилище (для обучения, с синтетическими данными)</source>
        <translation>Demonstration vault (for training, with synthetic data)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="73"/>
        <source>Создание хранилища…</source>
        <translation>Creating the vault…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="75"/>
        <source>Создать</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="76"/>
        <source>Назад</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="203"/>
        <source>Файл хранилища</source>
        <translation>Vault file</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="204"/>
        <source>Хранилища MigDesk (*.vault);;Все файлы (*)</source>
        <translation>MigDesk vaults (*.vault);;All files (*)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="253"/>
        <source>Укажите имя пользователя.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="267"/>
        <source>Обновление хранилища для новой версии: шаг {step} из {steps}…</source>
        <translation>Upgrading the vault for the new version: step {step} of {steps}…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="277"/>
        <source>Пароли не совпадают.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="322"/>
        <source>Продолжить</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/typing_hint.py" line="34"/>
        <source>Все буквы пароля были введены заглавными: не включён ли Caps Lock?</source>
        <translation>All letters of the password were typed in capitals: is Caps Lock on?</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/typing_hint.py" line="42"/>
        <source>Пароль набран латинскими буквами: если он на кириллице, переключите раскладку клавиатуры.</source>
        <translation>The password was typed in Latin letters: if it is in Cyrillic, switch the keyboard layout.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/typing_hint.py" line="50"/>
        <source>Пароль набран в русской раскладке (кириллицей): если он латиницей, переключите раскладку клавиатуры.</source>
        <translation>The password was typed in a Cyrillic layout: if it is in Latin letters, switch the keyboard layout.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/typing_hint.py" line="58"/>
        <source>Пароль набран армянскими буквами: если он латиницей или кириллицей, переключите раскладку клавиатуры.</source>
        <translation>The password was typed in Armenian letters: if it is in Latin or Cyrillic letters, switch the keyboard layout.</translation>
    </message>
</context>
<context>
    <name>UnreadableDraftDialog</name>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="41"/>
        <source>Черновик карточки не открыт — MigDesk</source>
        <translation>Card draft not opened — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="47"/>
        <source>Карточку с изменениями, не сохранёнными до автоматической блокировки ({moment}), открыть нельзя:</source>
        <translation>The card with changes not saved before the automatic lock ({moment}) cannot be opened:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="57"/>
        <source>Черновик хранится в зашифрованном хранилище и вернётся после следующего входа. Его содержимое не показывается: в нём могут быть сведения о лице, которые вам теперь недоступны.</source>
        <translation>The draft is kept in the encrypted vault and will come back after your next sign-in. Its content is not shown: it may hold data about the person that you no longer have access to.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="63"/>
        <source>Оставить на потом</source>
        <translation>Keep for later</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="66"/>
        <source>Удалить черновик…</source>
        <translation>Discard draft…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="82"/>
        <source>Удаление черновика</source>
        <translation>Discard the draft</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="83"/>
        <source>Удалить черновик безвозвратно? Несохранённые изменения в нём будут потеряны.</source>
        <translation>Discard the draft for good? The unsaved changes in it will be lost.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="84"/>
        <source>Удалить</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="61"/>
        <source>Пользователи — MigDesk</source>
        <translation>Users — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="66"/>
        <source>Пользователь</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="66"/>
        <source>ФИО</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="66"/>
        <source>Роли</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="66"/>
        <source>Добавлен</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="76"/>
        <source>Добавить…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="78"/>
        <source>Сбросить пароль…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="80"/>
        <source>Удалить…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="82"/>
        <source>Данные для писем…</source>
        <translation>Details for letters…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="85"/>
        <source>Снять ожидание входа</source>
        <translation>End login wait</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="89"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="108"/>
        <source>У каждого пользователя свой пароль и свой ключевой слот; добавление, смена пароля и удаление не перешифровывают хранилище.</source>
        <translation>Each user has their own password and key slot; adding, re-passwording and removing users never re-encrypts the vault.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="166"/>
        <source>Пользователь не ждёт входа.</source>
        <translation>The user is not waiting to log in.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="171"/>
        <source>Неудачных попыток входа: {count}; следующая попытка — {when}. После снятия у пользователя снова пять попыток; о прежних ему сообщат при входе.</source>
        <translation>Failed login attempts: {count}; next attempt {when}. Once the wait is ended the user has five attempts again and is told of the earlier ones at login.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="175"/>
        <source>через {wait}</source>
        <translation>in {wait}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="177"/>
        <source>сразу, но после ещё одной ошибки — снова ожидание</source>
        <translation>now, but one more mistake starts a wait again</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="200"/>
        <source>Ожидание входа пользователя «{name}» снято. Неудачных попыток: {count}; о них пользователю сообщат при следующем входе.</source>
        <translation>The login wait of user “{name}” has been ended. Failed attempts: {count}; the user will be told of them at the next login.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="204"/>
        <source>Пользователь «{name}» уже не ждёт входа.</source>
        <translation>User “{name}” is no longer waiting to log in.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="254"/>
        <source>Удалить пользователя «{name}»? Его ключевой слот будет уничтожен: открыть хранилище его паролем станет невозможно. Записи журнала аудита о его действиях сохранятся.</source>
        <translation>Remove user “{name}”? Their key slot will be destroyed: the vault can no longer be opened with their password. Audit entries about their actions are kept.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="257"/>
        <source>Удаление пользователя</source>
        <translation>Removing a user</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="257"/>
        <source>Удалить</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>_WorkDialog</name>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="45"/>
        <source>Выполняется…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="50"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
