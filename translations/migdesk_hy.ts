<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy_AM" sourcelanguage="ru_RU">
<context>
    <name>ActsPage</name>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="47"/>
        <source>№ акта</source>
        <translation>Ակտ №</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="48"/>
        <source>Дата</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="49"/>
        <source>Запись</source>
        <translation>Գրառում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="50"/>
        <source>Уничтожил</source>
        <translation>Ոչնչացրել է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="51"/>
        <source>Основание</source>
        <translation>Հիմք</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="57"/>
        <source>Сохранить акт в PDF…</source>
        <translation>Պահպանել ակտը PDF…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="62"/>
        <source>Акт можно сохранить повторно в любой момент.</source>
        <translation>Ակտը կարելի է կրկին պահպանել ցանկացած պահի։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="97"/>
        <source>Акт об уничтожении № {number}.pdf</source>
        <translation>Ոչնչացման ակտ № {number}.pdf</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="102"/>
        <source>Сохранить акт об уничтожении № {number}</source>
        <translation>Պահպանել ոչնչացման ակտ № {number}-ը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="103"/>
        <source>Документы PDF (*.pdf)</source>
        <translation>PDF փաստաթղթեր (*.pdf)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="122"/>
        <source>Не удалось записать файл «{path}»; акт можно сохранить повторно.</source>
        <translation>Չհաջողվեց գրել «{path}» ֆայլը. ակտը կարելի է կրկին պահպանել։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="128"/>
        <source>Акт № {number} сохранён: {path}</source>
        <translation>Ակտ № {number}-ը պահպանված է՝ {path}</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="101"/>
        <source>Новый пользователь</source>
        <translation>Նոր օգտատեր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="102"/>
        <source>Добавить</source>
        <translation>Ավելացնել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="104"/>
        <source>латиницей, например ivanov.a</source>
        <translation>լատինատառ, օրինակ՝ ivanov.a</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="111"/>
        <source>вводит и изменяет записи о лицах</source>
        <translation>մուտքագրում և փոփոխում է անձանց գրառումները</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="112"/>
        <source>просматривает, подписывает, утверждает уничтожение</source>
        <translation>դիտում է, ստորագրում, հաստատում ոչնչացումը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="113"/>
        <source>пользователи, резервные копии, настройки</source>
        <translation>օգտատերեր, պահուստային պատճեններ, կարգավորումներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="114"/>
        <source>только доставка и проверка пакетов</source>
        <translation>միայն փաթեթների առաքում և ստուգում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="126"/>
        <source>Имя пользователя:</source>
        <translation>Օգտատիրոջ անուն:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="127"/>
        <source>ФИО:</source>
        <translation>Ա.Ա.Հ.:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="128"/>
        <source>Роли:</source>
        <translation>Դերեր:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="129"/>
        <source>Пароль:</source>
        <translation>Գաղտնաբառ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="131"/>
        <source>Повторите пароль:</source>
        <translation>Կրկնեք գաղտնաբառը:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="148"/>
        <source>Пароли не совпадают.</source>
        <translation>Գաղտնաբառերը չեն համընկնում։</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="102"/>
        <source>Сменить пароль…</source>
        <translation>Փոխել գաղտնաբառը…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="105"/>
        <source>&amp;Администрирование</source>
        <translation>&amp;Ադմինիստրում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="108"/>
        <source>Пользователи…</source>
        <translation>Օգտատերեր…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="111"/>
        <source>Журнал аудита</source>
        <translation>Աուդիտի մատյան</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="114"/>
        <source>Сроки хранения</source>
        <translation>Պահպանման ժամկետներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="120"/>
        <source>Резервная копия…</source>
        <translation>Պահուստային պատճեն…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="123"/>
        <source>Автоматическая блокировка…</source>
        <translation>Ավտոմատ կողպում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="128"/>
        <source>Правило паролей…</source>
        <translation>Գաղտնաբառի կանոն…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="133"/>
        <source>Бланк и подписание…</source>
        <translation>Ձևաթուղթ և ստորագրում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="158"/>
        <source>Недоступно для ваших ролей</source>
        <translation>Հասանելի չէ Ձեր դերերի համար</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="218"/>
        <source>Автоматическая блокировка: через {minutes} мин бездействия.</source>
        <translation>Ավտոմատ կողպում՝ {minutes} րոպե անգործությունից հետո։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="239"/>
        <source>Создать копию…</source>
        <translation>Ստեղծել պատճեն…</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="44"/>
        <source>Состояние</source>
        <translation>Վիճակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="50"/>
        <source>Вступление в силу:</source>
        <translation>Ուժի մեջ մտնելը:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="52"/>
        <source>Прекращение:</source>
        <translation>Դադարեցում:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="54"/>
        <source>Обмен перечнями подписантов (45 дней):</source>
        <translation>Ստորագրողների ցանկերի փոխանակում (45 օր):</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="59"/>
        <source>Получено</source>
        <translation>Ստացվել է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="60"/>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="160"/>
        <source>Уведомление</source>
        <translation>Ծանուցում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="61"/>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="161"/>
        <source>Сторона</source>
        <translation>Կողմ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="62"/>
        <source>Реквизиты</source>
        <translation>Վավերապայմաններ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="63"/>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="164"/>
        <source>Примечание</source>
        <translation>Նշում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="67"/>
        <source>Записать уведомление…</source>
        <translation>Գրանցել ծանուցումը…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="74"/>
        <source>Соглашение вступает в силу с даты получения последнего уведомления о внутригосударственных процедурах и прекращается через шесть месяцев после получения уведомления о прекращении.</source>
        <translation>Համաձայնագիրն ուժի մեջ է մտնում ներպետական ընթացակարգերի մասին վերջին ծանուցումը ստանալու օրվանից և դադարում է գործել դադարեցման մասին ծանուցումը ստանալուց վեց ամիս հետո։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="91"/>
        <source>о выполнении внутригосударственных процедур</source>
        <translation>ներպետական ընթացակարգերի կատարման մասին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="92"/>
        <source>о прекращении</source>
        <translation>դադարեցման մասին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="102"/>
        <source>не вступило (нет уведомлений обеих Сторон)</source>
        <translation>ուժի մեջ չի մտել (երկու Կողմերի ծանուցումները բացակայում են)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="105"/>
        <source>уведомление получено {notice}; прекращает действие {end}</source>
        <translation>ծանուցումը ստացվել է {notice}; գործողությունը դադարում է {end}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="111"/>
        <source>уведомлений о прекращении нет</source>
        <translation>դադարեցման մասին ծանուցումներ չկան</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="113"/>
        <source>срок начнётся со вступления в силу</source>
        <translation>ժամկետը սկսվում է ուժի մեջ մտնելու պահից</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="115"/>
        <source>срок {due}; наш перечень направлен {sent}</source>
        <translation>ժամկետը՝ {due}; մեր ցանկն ուղարկվել է {sent}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="120"/>
        <source>срок {due} истёк, наш перечень не направлен</source>
        <translation>{due} ժամկետը լրացել է, մեր ցանկը չի ուղարկվել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="125"/>
        <source>срок {due}, осталось {days} дн.; наш перечень не направлен</source>
        <translation>ժամկետը՝ {due}, մնացել է {days} օր; մեր ցանկը չի ուղարկվել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="130"/>
        <source>; перечень другой Стороны получен {day}</source>
        <translation>; մյուս Կողմի ցանկը ստացվել է {day}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="150"/>
        <source>Уведомление по ст.&#xa0;17</source>
        <translation>Ծանուցում հոդված&#xa0;17-ի համաձայն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="162"/>
        <source>Дата получения</source>
        <translation>Ստացման ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="163"/>
        <source>Реквизиты ноты</source>
        <translation>Նոտայի վավերապայմաններ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="165"/>
        <source>Прекратит действие</source>
        <translation>Գործողությունը դադարում է</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="45"/>
        <source>Ответ на запрос согласия — MigDesk</source>
        <translation>Համաձայնության հարցման պատասխան — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="48"/>
        <source>Дать согласие</source>
        <translation>Տալ համաձայնություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="49"/>
        <source>Отказать</source>
        <translation>Մերժել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="59"/>
        <source>например, № 12-3/45 от 26.11.2026</source>
        <translation>օրինակ՝ № 12-3/45, 26.11.2026</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="65"/>
        <source>Запрашивает:</source>
        <translation>Հայցում է:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="66"/>
        <source>Запись:</source>
        <translation>Գրառում:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="68"/>
        <source>передать в {authority} (ст.&#xa0;11.3)</source>
        <translation>փոխանցել {authority}-ին (հոդված&#xa0;11.3)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="72"/>
        <source>использовать для другой цели (ст.&#xa0;11.2)</source>
        <translation>օգտագործել այլ նպատակով (հոդված&#xa0;11.2)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="73"/>
        <source>Просит:</source>
        <translation>Խնդրում է:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="74"/>
        <source>Цель:</source>
        <translation>Նպատակ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="75"/>
        <source>Решение:</source>
        <translation>Որոշում:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="76"/>
        <source>Наше письмо:</source>
        <translation>Մեր գրությունը:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="77"/>
        <source>Дата решения:</source>
        <translation>Որոշման ամսաթիվ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="79"/>
        <source>Записать ответ</source>
        <translation>Գրանցել պատասխանը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="86"/>
        <source>Выберите решение: дать согласие или отказать.</source>
        <translation>Ընտրեք որոշումը՝ տալ համաձայնություն կամ մերժել։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="104"/>
        <source>согласие</source>
        <translation>համաձայնություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="104"/>
        <source>отказ</source>
        <translation>մերժում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="108"/>
        <source>Ответ записан ({decision}). Он уйдёт со следующим пакетом в {authority} («Обмен» → «Выгрузить пакет…»).</source>
        <translation>Պատասխանը գրանցվել է ({decision})։ Այն կուղարկվի {authority}-ին հաջորդ փաթեթով («Փոխանակում» → «Արտահանել փաթեթը…»)։</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="47"/>
        <source>Вложения</source>
        <translation>Կցորդներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="60"/>
        <source>Приложить файл…</source>
        <translation>Կցել ֆայլ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="62"/>
        <source>Проверить подпись…</source>
        <translation>Ստուգել ստորագրությունը…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="64"/>
        <source>Проверить электронную подпись вложения PDF по доверенным сертификатам</source>
        <translation>Ստուգել PDF կցորդի էլեկտրոնային ստորագրությունը վստահելի վկայագրերով</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="68"/>
        <source>Сохранить копию…</source>
        <translation>Պահպանել պատճենը…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="70"/>
        <source>Записать выбранное вложение в файл в точности как оно хранится</source>
        <translation>Գրել ընտրված կցորդը ֆայլում ճիշտ այնպես, ինչպես այն պահվում է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="95"/>
        <source>Вложение</source>
        <translation>Կցորդ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="95"/>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="180"/>
        <source>Все файлы (*)</source>
        <translation>Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="113"/>
        <source> (с шагом {seq})</source>
        <translation> ({seq} քայլով)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="119"/>
        <source>добавлено {when}</source>
        <translation>ավելացվել է {when}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="127"/>
        <source>{name}, {size} — будет сохранено</source>
        <translation>{name}, {size} — կպահպանվի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="179"/>
        <source>Сохранить копию вложения</source>
        <translation>Պահպանել կցորդի պատճենը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="197"/>
        <source>Сохранение копии вложения…</source>
        <translation>Կցորդի պատճենի պահպանում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="210"/>
        <source>Копия вложения сохранена: {path}</source>
        <translation>Կցորդի պատճենը պահպանված է՝ {path}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="213"/>
        <source>Копия сохранена</source>
        <translation>Պատճենը պահպանված է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="230"/>
        <source>Проверка подписи…</source>
        <translation>Ստորագրության ստուգում…</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="124"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="125"/>
        <source>Время</source>
        <translation>Ժամանակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="126"/>
        <source>Пользователь</source>
        <translation>Օգտատեր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="127"/>
        <source>Действие</source>
        <translation>Գործողություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="128"/>
        <source>Запись</source>
        <translation>Գրառում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="129"/>
        <source>Цель</source>
        <translation>Նպատակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="130"/>
        <source>Подробности</source>
        <translation>Մանրամասներ</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="86"/>
        <source>Журнал аудита — MigDesk</source>
        <translation>Աուդիտի մատյան — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="89"/>
        <location filename="../migdesk/ui/audit_window.py" line="289"/>
        <source>Проверка цепочки хешей…</source>
        <translation>Հեշերի շղթայի ստուգում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="94"/>
        <source>Проверить снова</source>
        <translation>Ստուգել կրկին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="109"/>
        <source>все</source>
        <translation>բոլորը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="111"/>
        <source>Все действия</source>
        <translation>Բոլոր գործողությունները</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="115"/>
        <source>идентификатор записи</source>
        <translation>գրառման նույնացուցիչ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="118"/>
        <source>с</source>
        <translation>սկսած</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="119"/>
        <source>по</source>
        <translation>մինչև</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="120"/>
        <source>Показать</source>
        <translation>Ցույց տալ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="126"/>
        <source>Пользователь:</source>
        <translation>Օգտատեր:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="128"/>
        <source>Действие:</source>
        <translation>Գործողություն:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="130"/>
        <source>Запись:</source>
        <translation>Գրառում:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="160"/>
        <source>Показать ещё {count}</source>
        <translation>Ցույց տալ ևս {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="164"/>
        <source>Выгрузить в PDF…</source>
        <translation>Արտահանել PDF…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="166"/>
        <source>Закрыть</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="180"/>
        <source>Каждая запись содержит хеш предыдущей: изменение, удаление или перестановка записей нарушают цепочку; вершина цепочки позволяет обнаружить отсечение последних записей. Просмотр журнала тоже записывается в журнал.</source>
        <translation>Յուրաքանչյուր գրառում պարունակում է նախորդի հեշը. գրառումների փոփոխումը, ջնջումը կամ տեղափոխումը խախտում է շղթան, իսկ շղթայի գագաթը թույլ է տալիս հայտնաբերել վերջին գրառումների կտրումը։ Մատյանի դիտումը նույնպես գրանցվում է մատյանում։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="248"/>
        <source>Показаны последние {count} записей.</source>
        <translation>Ցուցադրված են վերջին {count} գրառումները։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="250"/>
        <source>Записей: {count}</source>
        <translation>Գրառումներ՝ {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="313"/>
        <source>Цепочка хешей цела, записей: {count}.</source>
        <translation>Հեշերի շղթան ամբողջական է՝ {count} գրառում։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="319"/>
        <source>ЦЕПОЧКА НАРУШЕНА: {problem}. Первая повреждённая запись № {first}; целых записей до неё: {count}.</source>
        <translation>ՇՂԹԱՆ ԽԱԽՏՎԱԾ Է՝ {problem}։ Առաջին վնասված գրառումը՝ № {first}. մինչ այդ ամբողջական է {count} գրառում։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="324"/>
        <source>Вершина цепочки при проверке: {head}</source>
        <translation>Շղթայի գագաթը ստուգման պահին՝ {head}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="341"/>
        <source>Выгрузить журнал аудита</source>
        <translation>Արտահանել աուդիտի մատյանը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="342"/>
        <source>Документы PDF (*.pdf)</source>
        <translation>PDF փաստաթղթեր (*.pdf)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="343"/>
        <source>Журнал аудита {date}.pdf</source>
        <translation>Աուդիտի մատյան {date}.pdf</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="361"/>
        <source>Выгрузка журнала аудита в PDF…</source>
        <translation>Աուդիտի մատյանի արտահանում PDF…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="377"/>
        <source>Журнал выгружен</source>
        <translation>Մատյանն արտահանված է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="378"/>
        <source>Журнал аудита выгружен: {path}
Записей: {count}.</source>
        <translation>Աուդիտի մատյանն արտահանված է՝ {path}
Գրառումներ՝ {count}։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="387"/>
        <source>Не удалось записать файл «{path}».</source>
        <translation>Չհաջողվեց գրել «{path}» ֆայլը։</translation>
    </message>
</context>
<context>
    <name>AuthoritiesTab</name>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="47"/>
        <source>Код</source>
        <translation>Կոդ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="48"/>
        <source>Сторона</source>
        <translation>Կողմ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="49"/>
        <source>Наименование (именительный падеж)</source>
        <translation>Անվանում (ուղղական հոլով)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="50"/>
        <source>Кратко</source>
        <translation>Կարճ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="51"/>
        <source>Компетентен с</source>
        <translation>Իրավասու է սկսած</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="52"/>
        <source>по</source>
        <translation>մինչև</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="53"/>
        <source>Преемник</source>
        <translation>Իրավահաջորդ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="60"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="148"/>
        <source>Действует с</source>
        <translation>Գործում է սկսած</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="61"/>
        <source>Именительный падеж</source>
        <translation>Ուղղական հոլով</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="62"/>
        <source>Дательный падеж</source>
        <translation>Տրական հոլով</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="63"/>
        <source>Изменение</source>
        <translation>Փոփոխություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="64"/>
        <source>Уведомление</source>
        <translation>Ծանուցում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="68"/>
        <source>Переименование…</source>
        <translation>Վերանվանում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="70"/>
        <source>Замена органа…</source>
        <translation>Մարմնի փոխարինում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="76"/>
        <source>История наименований выбранного органа: документы берут имя на их дату.</source>
        <translation>Ընտրված մարմնի անվանումների պատմությունը. փաստաթղթերը վերցնում են իրենց ամսաթվին գործող անվանումը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="122"/>
        <source>по Соглашению</source>
        <translation>Համաձայնագրով</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="123"/>
        <source>переименование</source>
        <translation>վերանվանում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="124"/>
        <source>образован (замена)</source>
        <translation>ստեղծվել է (փոխարինում)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="130"/>
        <source> от {day}</source>
        <translation> {day}-ի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="135"/>
        <source>исходное</source>
        <translation>սկզբնական</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="145"/>
        <source>Переименование органа {code}</source>
        <translation>{code} մարմնի վերանվանում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="149"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="192"/>
        <source>Наименование (именительный)</source>
        <translation>Անվանում (ուղղական)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="150"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="193"/>
        <source>Наименование (дательный)</source>
        <translation>Անվանում (տրական)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="151"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="194"/>
        <source>Краткое наименование</source>
        <translation>Կարճ անվանում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="152"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="188"/>
        <source>Уведомление (номер, дата ноты)</source>
        <translation>Ծանուցում (նոտայի համարը, ամսաթիվը)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="153"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="189"/>
        <source>Получено</source>
        <translation>Ստացվել է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="174"/>
        <source>Замена органа {code}</source>
        <translation>{code} մարմնի փոխարինում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="181"/>
        <source>Код органа-преемника</source>
        <translation>Իրավահաջորդ մարմնի կոդ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="187"/>
        <source>С даты</source>
        <translation>Ամսաթվից</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="190"/>
        <source>Для нового органа укажите его наименования:</source>
        <translation>Նշեք նոր մարմնի անվանումները:</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <location filename="../migdesk/ui/tasks.py" line="203"/>
        <source>Отмена…</source>
        <translation>Չեղարկվում է…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/tasks.py" line="256"/>
        <source>Отмена</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/tasks.py" line="261"/>
        <source>Выполняется…</source>
        <translation>Կատարվում է…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="79"/>
        <source>Резервная копия — MigDesk</source>
        <translation>Պահուստային պատճեն — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="84"/>
        <source>Другая папка…</source>
        <translation>Այլ թղթապանակ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="93"/>
        <source>Создать копию</source>
        <translation>Ստեղծել պատճեն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="96"/>
        <source>Закрыть</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="104"/>
        <source>Копия зашифрована тем же ключом, что и хранилище, и открывается теми же паролями. Рядом с ней записывается файл ключей (.keys): храните их вместе. Размер хранилища: {size}.</source>
        <translation>Պատճենը գաղտնագրված է պահոցի նույն բանալիով և բացվում է նույն գաղտնաբառերով։ Դրա կողքին գրվում է բանալիների ֆայլը (.keys). պահեք դրանք միասին։ Պահոցի չափը՝ {size}։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="110"/>
        <source>Куда записать:</source>
        <translation>Որտեղ գրել:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="123"/>
        <source>Домашняя папка</source>
        <translation>Տնային թղթապանակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="128"/>
        <source>Съёмный носитель</source>
        <translation>Շարժական կրիչ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="128"/>
        <source>Папка</source>
        <translation>Թղթապանակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="130"/>
        <source>свободно {free} из {total}</source>
        <translation>ազատ է {free}՝ {total}-ից</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="135"/>
        <source>свободное место неизвестно</source>
        <translation>ազատ տեղը հայտնի չէ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="162"/>
        <source>Папка копии: {path}</source>
        <translation>Պատճենի թղթապանակ՝ {path}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="165"/>
        <source>На этом носителе может не хватить места (нужно около {size}).</source>
        <translation>Այս կրիչում կարող է տեղ չբավականացնել (անհրաժեշտ է մոտ {size})։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="173"/>
        <source>Папка для резервной копии</source>
        <translation>Պահուստային պատճենի թղթապանակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="201"/>
        <source>Создание и проверка резервной копии…</source>
        <translation>Պահուստային պատճենի ստեղծում և ստուգում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="216"/>
        <source>Резервная копия создана</source>
        <translation>Պահուստային պատճենը ստեղծված է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="218"/>
        <source>Резервная копия создана и проверена:
{path}

Файл ключей: {keys}
Размер: {size}; записей о лицах: {persons}.

Храните оба файла вместе.</source>
        <translation>Պահուստային պատճենը ստեղծվել և ստուգվել է՝
{path}

Բանալիների ֆայլ՝ {keys}
Չափ՝ {size}; անձանց գրառումներ՝ {persons}։

Պահեք երկու ֆայլերը միասին։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="238"/>
        <source>Резервное копирование отменено; неполная копия удалена.</source>
        <translation>Պահուստային պատճենումը չեղարկվել է. ոչ ամբողջական պատճենը հեռացվել է։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/drives.py" line="95"/>
        <source>Б</source>
        <translation>Բ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/drives.py" line="96"/>
        <source>КБ</source>
        <translation>ԿԲ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/drives.py" line="97"/>
        <source>МБ</source>
        <translation>ՄԲ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/drives.py" line="98"/>
        <source>ГБ</source>
        <translation>ԳԲ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/drives.py" line="99"/>
        <source>ТБ</source>
        <translation>ՏԲ</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="60"/>
        <source>Резервная копия этого хранилища ещё не создавалась.</source>
        <translation>Այս պահոցի պահուստային պատճեն դեռ չի ստեղծվել։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="65"/>
        <source>Последняя резервная копия — {date}: старше {days} дн.</source>
        <translation>Վերջին պահուստային պատճենը՝ {date}. {days} օրից հին է։</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="88"/>
        <source>Подписать и напечатать — MigDesk</source>
        <translation>Ստորագրել և տպել — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="100"/>
        <source>Ключ подписанта (один для всех документов)</source>
        <translation>Ստորագրողի բանալին (մեկը՝ բոլոր փաստաթղթերի համար)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="104"/>
        <source>Напечатать (с местом для собственноручной подписи)</source>
        <translation>Տպել (ձեռագիր ստորագրության տեղով)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="106"/>
        <source>Сохранить подписанные PDF в папку</source>
        <translation>Պահպանել ստորագրված PDF-ները թղթապանակում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="109"/>
        <source>Выбрать папку…</source>
        <translation>Ընտրել թղթապանակ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="126"/>
        <source>Подписать и напечатать</source>
        <translation>Ստորագրել և տպել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="130"/>
        <source>Закрыть</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="138"/>
        <source>Документы нашей Стороны по выбранным запросам:</source>
        <translation>Մեր Կողմի փաստաթղթերն ընտրված հարցումներով:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="154"/>
        <source>Загрузка…</source>
        <translation>Բեռնվում է…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="164"/>
        <source>нет документа нашей Стороны</source>
        <translation>մեր Կողմի փաստաթուղթ չկա</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="166"/>
        <source>{document} — уже подписано</source>
        <translation>{document} — արդեն ստորագրված է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="168"/>
        <source>Документов: {count}</source>
        <translation>Փաստաթղթեր՝ {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="177"/>
        <source>Папка для подписанных документов</source>
        <translation>Ստորագրված փաստաթղթերի թղթապանակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="201"/>
        <source>Выберите папку для подписанных документов.</source>
        <translation>Ընտրեք ստորագրված փաստաթղթերի թղթապանակը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="205"/>
        <source>Отметьте печать или сохранение в папку.</source>
        <translation>Նշեք տպելը կամ թղթապանակում պահպանելը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="211"/>
        <source>Печать документов</source>
        <translation>Փաստաթղթերի տպում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="228"/>
        <source>Для запроса {title} нет письма нашей Стороны для подписания.</source>
        <translation>{title} հարցման համար ստորագրման ենթակա մեր Կողմի գրություն չկա։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="235"/>
        <source>Выполняется…</source>
        <translation>Կատարվում է…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="238"/>
        <source>Подписание и печать документов…</source>
        <translation>Փաստաթղթերի ստորագրում և տպում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="261"/>
        <source>Подписано: {count}</source>
        <translation>Ստորագրված է՝ {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="263"/>
        <source>напечатано страниц: {pages}</source>
        <translation>տպված էջեր՝ {pages}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="265"/>
        <source>сохранено файлов: {count}</source>
        <translation>պահպանված ֆայլեր՝ {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="268"/>
        <source>уже подписано ранее: {count}</source>
        <translation>արդեն ստորագրված էր՝ {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="270"/>
        <source>не выполнено: {count}</source>
        <translation>չի կատարվել՝ {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="273"/>
        <source>Отменено. {summary}</source>
        <translation>Չեղարկված է։ {summary}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="276"/>
        <source>уже подписано, не подписывалось повторно</source>
        <translation>արդեն ստորագրված է, կրկին չի ստորագրվել</translation>
    </message>
</context>
<context>
    <name>BundleLogWindow</name>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="82"/>
        <source>Журнал пакетов — MigDesk</source>
        <translation>Փաթեթների մատյան — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="85"/>
        <source>Направление</source>
        <translation>Ուղղություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="86"/>
        <source>Орган</source>
        <translation>Մարմին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="87"/>
        <source>Канал</source>
        <translation>Ալիք</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="88"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="89"/>
        <source>Создан</source>
        <translation>Ստեղծվել է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="90"/>
        <source>Вид</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="91"/>
        <source>Статус</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="92"/>
        <source>Подтверждён</source>
        <translation>Հաստատված է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="93"/>
        <source>Содержимое</source>
        <translation>Բովանդակություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="106"/>
        <source>Реестр передачи…</source>
        <translation>Հանձնման ռեեստր…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="108"/>
        <source>Реестр передачи курьеру для выбранных отправленных пакетов (PDF)</source>
        <translation>Ընտրված ուղարկված փաթեթների՝ սուրհանդակին հանձնման ռեեստր (PDF)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="112"/>
        <source>Обновить</source>
        <translation>Թարմացնել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="122"/>
        <source>Отправленные пакеты подтверждаются пакетом-ответом органа-партнёра. Красные строки — номера, которые партнёр использовал, но пакеты до нас не дошли: запросите их повторно.</source>
        <translation>Ուղարկված փաթեթները հաստատվում են գործընկեր մարմնի պատասխան փաթեթով։ Կարմիր տողերն այն համարներն են, որոնք գործընկերն օգտագործել է, բայց փաթեթները մեզ չեն հասել. պահանջեք դրանք կրկին։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="136"/>
        <source>отправлен</source>
        <translation>ուղարկված</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="138"/>
        <source>получен</source>
        <translation>ստացված</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="139"/>
        <source>не получен</source>
        <translation>չի ստացվել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="143"/>
        <source>пропуск: пакета нет</source>
        <translation>բացթողում՝ փաթեթը բացակայում է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="144"/>
        <source>записан</source>
        <translation>գրված</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="144"/>
        <source>загружен</source>
        <translation>ներմուծված</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="152"/>
        <source>ожидается</source>
        <translation>սպասվում է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="153"/>
        <source>не отправлено</source>
        <translation>ուղարկված չէ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="157"/>
        <source>лица</source>
        <translation>անձինք</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="158"/>
        <source>подтверждения</source>
        <translation>հաստատումներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="159"/>
        <source>сопроводительное письмо</source>
        <translation>ուղեկցող գրություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="214"/>
        <source>Отправлено: {sent} (ждут подтверждения: {waiting}); получено: {got}; пропущено: {missing}.</source>
        <translation>Ուղարկված՝ {sent} (սպասում են հաստատման՝ {waiting}); ստացված՝ {got}; բացակայող՝ {missing}։</translation>
    </message>
</context>
<context>
    <name>CertificatePick</name>
    <message>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="25"/>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="75"/>
        <source>не выбран (можно добавить позже)</source>
        <translation>ընտրված չէ (կարելի է ավելացնել հետո)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="27"/>
        <source>Выбрать файл…</source>
        <translation>Ընտրել ֆայլ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="29"/>
        <source>Убрать</source>
        <translation>Հեռացնել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="41"/>
        <source>Сертификат подписанта</source>
        <translation>Ստորագրողի վկայագիր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="63"/>
        <source>{name}; действителен с {start} по {end}</source>
        <translation>{name}; վավեր է {start}-ից մինչև {end}</translation>
    </message>
</context>
<context>
    <name>CitizenshipBox</name>
    <message>
        <location filename="../migdesk/ui/citizenship_box.py" line="29"/>
        <source>Гражданство</source>
        <translation>Քաղաքացիություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/citizenship_box.py" line="39"/>
        <source>страна: название или код</source>
        <translation>երկիր՝ անուն կամ կոդ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/citizenship_box.py" line="44"/>
        <source>Добавить</source>
        <translation>Ավելացնել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/citizenship_box.py" line="47"/>
        <source>Удалить</source>
        <translation>Հեռացնել</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../migdesk/ui/confirm.py" line="14"/>
        <source>Отмена</source>
        <translation>Չեղարկել</translation>
    </message>
</context>
<context>
    <name>ConsentFormDialog</name>
    <message>
        <location filename="../migdesk/ui/consents/form_dialog.py" line="53"/>
        <source>Отмена</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/form_dialog.py" line="109"/>
        <source>Закрыть</source>
        <translation>Փակել</translation>
    </message>
</context>
<context>
    <name>ConsentScreens</name>
    <message>
        <location filename="../migdesk/ui/consents/menu.py" line="30"/>
        <source>Согласия (ст.&#xa0;11)…</source>
        <translation>Համաձայնություններ (հոդված&#xa0;11)…</translation>
    </message>
</context>
<context>
    <name>ConsentTermsDialog</name>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="30"/>
        <source>Условия согласия — MigDesk</source>
        <translation>Համաձայնության պայմաններ — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="34"/>
        <source>например: сведения, направленные письмом № 12-3/45 от 05.03.2026</source>
        <translation>օրինակ՝ № 12-3/45, 05.03.2026 գրությամբ ուղարկված տեղեկությունները</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="39"/>
        <source>третья сторона; пусто — использование в иных целях (п.&#xa0;2 ст.&#xa0;11)</source>
        <translation>երրորդ կողմ. դատարկ՝ այլ նպատակներով օգտագործում (հոդված&#xa0;11, կետ&#xa0;2)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="43"/>
        <source>для чего сведения будут переданы или использованы</source>
        <translation>ինչի համար են տեղեկությունները փոխանցվելու կամ օգտագործվելու</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="52"/>
        <source>Сведения:</source>
        <translation>Տեղեկություններ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="53"/>
        <source>Получатель:</source>
        <translation>Ստացող:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="54"/>
        <source>Цель:</source>
        <translation>Նպատակ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="59"/>
        <source>Сформировать письмо</source>
        <translation>Կազմել գրությունը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="60"/>
        <source>Отмена</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="68"/>
        <source>Письмо о согласии или об отказе в согласии строится по шагу «ответ» или «отказ» входящего запроса. Укажите, какие сведения партнёр просит передать, кому и для чего: согласие действует только для них.</source>
        <translation>Համաձայնության կամ համաձայնությունը մերժելու մասին գրությունը կազմվում է մուտքային հարցման «պատասխան» կամ «մերժում» քայլով։ Նշեք, թե գործընկերը որ տեղեկությունները, ում և ինչ նպատակով է խնդրում փոխանցել. համաձայնությունը գործում է միայն դրանց համար։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="85"/>
        <source>Укажите, какие сведения просят передать.</source>
        <translation>Նշեք, թե որ տեղեկություններն են խնդրում փոխանցել։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="87"/>
        <source>Укажите цель передачи или использования.</source>
        <translation>Նշեք փոխանցման կամ օգտագործման նպատակը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="89"/>
        <source>Слишком длинный текст: не более {limit} знаков в поле.</source>
        <translation>Տեքստը չափազանց երկար է. դաշտում՝ առավելագույնը {limit} նիշ։</translation>
    </message>
</context>
<context>
    <name>ConsentWindow</name>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="79"/>
        <source>Согласия предоставившей стороны (ст.&#xa0;11) — MigDesk</source>
        <translation>Տրամադրող կողմի համաձայնություններ (հոդված&#xa0;11) — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="83"/>
        <source>Все запросы согласия</source>
        <translation>Համաձայնության բոլոր հարցումները</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="84"/>
        <source>Входящие, ждут нашего ответа</source>
        <translation>Մուտքային, սպասում են մեր պատասխանին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="85"/>
        <source>Исходящие (наши запросы)</source>
        <translation>Ելքային (մեր հարցումները)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="88"/>
        <source>Показать:</source>
        <translation>Ցույց տալ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="96"/>
        <source>Направление</source>
        <translation>Ուղղություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="97"/>
        <source>Другой орган</source>
        <translation>Այլ մարմին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="98"/>
        <source>Запись</source>
        <translation>Գրառում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="99"/>
        <source>Передача кому</source>
        <translation>Ում է փոխանցվում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="100"/>
        <source>Состояние</source>
        <translation>Վիճակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="101"/>
        <source>Дата решения</source>
        <translation>Որոշման ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="102"/>
        <source>Письмо</source>
        <translation>Գրություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="103"/>
        <source>Цель</source>
        <translation>Նպատակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="116"/>
        <source>Ответить…</source>
        <translation>Պատասխանել…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="122"/>
        <source>Отвечать на запрос согласия может руководитель (роль supervisor): это решение о передаче наших сведений (ст.&#xa0;11.3).</source>
        <translation>Համաձայնության հարցմանը պատասխանում է ղեկավարը (supervisor դեր). դա մեր տեղեկությունները փոխանցելու մասին որոշում է (հոդված&#xa0;11.3)։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="126"/>
        <source>Обновить</source>
        <translation>Թարմացնել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="137"/>
        <source>Входящие — запросы других органов о согласии на передачу предоставленных нами сведений третьей стороне (ст.&#xa0;11.3) или на их использование для другой цели (ст.&#xa0;11.2). Исходящие — наши такие запросы. Запросы и ответы уходят со следующим пакетом этому органу («Обмен» → «Выгрузить пакет…»).</source>
        <translation>Մուտքային՝ այլ մարմինների հարցումներ մեր տրամադրած տեղեկությունները երրորդ կողմին փոխանցելու (հոդված&#xa0;11.3) կամ այլ նպատակով օգտագործելու (հոդված&#xa0;11.2) համաձայնության մասին։ Ելքային՝ մեր նման հարցումները։ Հարցումներն ու պատասխաններն ուղարկվում են այդ մարմնին հաջորդ փաթեթով («Փոխանակում» → «Արտահանել փաթեթը…»)։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="216"/>
        <source>Показано: {shown}; входящих ждут нашего ответа: {waiting}.</source>
        <translation>Ցուցադրված՝ {shown}; մեր պատասխանին սպասող մուտքային՝ {waiting}։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="220"/>
        <source>Запросов согласия нет.</source>
        <translation>Համաձայնության հարցումներ չկան։</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="24"/>
        <source>← входящий</source>
        <translation>← մուտքային</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="25"/>
        <source>→ исходящий</source>
        <translation>→ ելքային</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="37"/>
        <source>другая цель (ст.&#xa0;11.2)</source>
        <translation>այլ նպատակ (հոդված&#xa0;11.2)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="42"/>
        <source>запрошено, ждёт отправки</source>
        <translation>հայցված է, սպասում է ուղարկման</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="43"/>
        <source>запрос отправлен</source>
        <translation>հարցումն ուղարկված է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="44"/>
        <source>ждёт ответа</source>
        <translation>սպասում է պատասխանի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="45"/>
        <source>согласие</source>
        <translation>համաձայնություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="46"/>
        <source>отказ</source>
        <translation>մերժում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="51"/>
        <source>, ждёт отправки</source>
        <translation>, սպասում է ուղարկման</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../migdesk/ui/app.py" line="66"/>
        <source>Хранилище обновлено</source>
        <translation>Պահոցը թարմացված է</translation>
    </message>
</context>
<context>
    <name>CourierDialog</name>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="55"/>
        <source>В файле {name} нет сертификата УЦ.</source>
        <translation>{name} ֆայլում ՎԿ վկայագիր չկա։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="86"/>
        <source>Проверка пакета (курьер) — MigDesk</source>
        <translation>Փաթեթի ստուգում (սուրհանդակ) — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="90"/>
        <source>Папка пакета *.mdbundle</source>
        <translation>*.mdbundle փաթեթի թղթապանակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="91"/>
        <source>Выбрать папку…</source>
        <translation>Ընտրել թղթապանակ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="97"/>
        <source>необязательно: файл УЦ отправителя (PEM)</source>
        <translation>ոչ պարտադիր՝ ուղարկողի ՎԿ ֆայլ (PEM)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="98"/>
        <source>Выбрать файл…</source>
        <translation>Ընտրել ֆայլ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="103"/>
        <source>Проверить</source>
        <translation>Ստուգել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="116"/>
        <source>Отправитель:</source>
        <translation>Ուղարկող:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="117"/>
        <source>Получатель:</source>
        <translation>Ստացող:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="118"/>
        <source>Номер пакета:</source>
        <translation>Փաթեթի համար:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="119"/>
        <source>Создан:</source>
        <translation>Ստեղծվել է:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="120"/>
        <source>Вид:</source>
        <translation>Տեսակ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="121"/>
        <source>Размер:</source>
        <translation>Չափ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="122"/>
        <source>SHA-256 ярлыка (как в реестре):</source>
        <translation>Պիտակի SHA-256 (ինչպես ռեեստրում):</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="123"/>
        <source>Подпись:</source>
        <translation>Ստորագրություն:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="124"/>
        <source>Подписант:</source>
        <translation>Ստորագրող:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="125"/>
        <source>Отпечаток (SHA-256):</source>
        <translation>Մատնահետք (SHA-256):</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="126"/>
        <source>Контрольные суммы:</source>
        <translation>Ստուգիչ գումարներ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="142"/>
        <source>Закрыть</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="150"/>
        <source>Пакет:</source>
        <translation>Փաթեթ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="151"/>
        <source>УЦ отправителя:</source>
        <translation>Ուղարկողի ՎԿ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="156"/>
        <source>Проверка не требует хранилища и пароля и ничего не расшифровывает: показываются только ярлык пакета, подпись и контрольные суммы файлов.</source>
        <translation>Ստուգումը չի պահանջում ո՛չ պահոց, ո՛չ գաղտնաբառ և ոչինչ չի վերծանում. ցուցադրվում են միայն փաթեթի պիտակը, ստորագրությունը և ֆայլերի ստուգիչ գումարները։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="172"/>
        <source>Папка пакета (*.mdbundle)</source>
        <translation>Փաթեթի թղթապանակ (*.mdbundle)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="180"/>
        <source>Сертификат УЦ отправителя</source>
        <translation>Ուղարկողի ՎԿ վկայագիր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="181"/>
        <source>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</source>
        <translation>Վկայագրեր (*.pem *.crt *.cer);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="197"/>
        <source>Проверка контрольных сумм…</source>
        <translation>Ստուգիչ գումարների ստուգում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="219"/>
        <source>действительна, подписант проверен по УЦ</source>
        <translation>վավեր է, ստորագրողը ստուգված է ՎԿ-ով</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="221"/>
        <source>цела, но подписант не проверен (укажите УЦ отправителя)</source>
        <translation>ամբողջական է, բայց ստորագրողը ստուգված չէ (նշեք ուղարկողի ՎԿ-ն)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="223"/>
        <source>неизвестный подписант</source>
        <translation>անհայտ ստորագրող</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="224"/>
        <source>сертификат подписанта просрочен</source>
        <translation>ստորագրողի վկայագրի ժամկետը լրացել է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="225"/>
        <source>сертификат подписанта отозван</source>
        <translation>ստորագրողի վկայագիրը հետկանչված է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="226"/>
        <source>подписал не указанный отправитель</source>
        <translation>ստորագրել է ոչ նշված ուղարկողը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="227"/>
        <source>недействительна</source>
        <translation>անվավեր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="238"/>
        <source>Пакет цел: контрольные суммы совпадают, подпись действительна, подписант проверен по сертификату УЦ отправителя.</source>
        <translation>Փաթեթն ամբողջական է. ստուգիչ գումարները համընկնում են, ստորագրությունը վավեր է, ստորագրողը ստուգված է ուղարկողի ՎԿ վկայագրով։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="244"/>
        <source>Контрольные суммы совпадают и подпись цела, но подписант НЕ проверен: без сертификата УЦ отправителя нельзя сказать, кто подписал пакет. Укажите УЦ отправителя и проверьте снова.</source>
        <translation>Ստուգիչ գումարները համընկնում են, և ստորագրությունն ամբողջական է, բայց ստորագրողը ՍՏՈՒԳՎԱԾ ՉԷ. առանց ուղարկողի ՎԿ վկայագրի հնարավոր չէ ասել, թե ով է ստորագրել փաթեթը։ Նշեք ուղարկողի ՎԿ-ն և ստուգեք կրկին։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="250"/>
        <source>Пакет НЕ прошёл проверку — не передавайте его как исправный.</source>
        <translation>Փաթեթը ՉԻ ԱՆՑԵԼ ստուգումը. մի՛ հանձնեք այն որպես անվնաս։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="260"/>
        <source>{sequence} (канал {channel})</source>
        <translation>{sequence} (ալիք {channel})</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="267"/>
        <source>{size}, файлов: {count}</source>
        <translation>{size}, ֆայլեր՝ {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="273"/>
        <source>ярлык не читается</source>
        <translation>պիտակն անընթեռնելի է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="278"/>
        <source>в порядке</source>
        <translation>կարգին է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="278"/>
        <source>НЕ совпадают</source>
        <translation>ՉԵՆ համընկնում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="283"/>
        <source>Имя папки не соответствует ярлыку (ожидалось {name}).</source>
        <translation>Թղթապանակի անունը չի համապատասխանում պիտակին (սպասվում էր {name})։</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="60"/>
        <source>Сроки исполнения запросов (п.&#xa0;3 ст.&#xa0;10: не более 30 дней)</source>
        <translation>Հարցումների կատարման ժամկետներ (հոդված&#xa0;10, կետ&#xa0;3՝ ոչ ավելի, քան 30 օր)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="67"/>
        <source>Обновить</source>
        <translation>Թարմացնել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="69"/>
        <source>Открыть</source>
        <translation>Բացել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="80"/>
        <source>Осталось дней</source>
        <translation>Մնացած օրեր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="81"/>
        <source>Срок</source>
        <translation>Ժամկետ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="82"/>
        <location filename="../migdesk/ui/requests/dashboard.py" line="94"/>
        <source>Номер</source>
        <translation>Համար</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="83"/>
        <source>Поступил</source>
        <translation>Ստացվել է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="84"/>
        <source>От кого</source>
        <translation>Ումից</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="85"/>
        <location filename="../migdesk/ui/requests/dashboard.py" line="97"/>
        <source>Состояние</source>
        <translation>Վիճակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="86"/>
        <location filename="../migdesk/ui/requests/dashboard.py" line="98"/>
        <source>Существо</source>
        <translation>Էությունը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="92"/>
        <source>Ждём дней</source>
        <translation>Սպասման օրեր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="93"/>
        <source>Направлен</source>
        <translation>Ուղարկվել է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="95"/>
        <source>Вид</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="96"/>
        <source>Кому</source>
        <translation>Ում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="106"/>
        <source>Входящих запросов на исполнении нет.</source>
        <translation>Կատարման փուլում մուտքային հարցումներ չկան։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="107"/>
        <source>Запросов, ожидающих ответа, нет.</source>
        <translation>Պատասխանի սպասող հարցումներ չկան։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="110"/>
        <source>Красным — срок истёк; жёлтым — осталось не более {days} дней. Двойной щелчок открывает запрос.</source>
        <translation>Կարմիր՝ ժամկետը լրացել է. դեղին՝ մնացել է ոչ ավելի, քան {days} օր։ Կրկնակի սեղմումը բացում է հարցումը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="114"/>
        <source>Входящие запросы на исполнении</source>
        <translation>Կատարման փուլում գտնվող մուտքային հարցումներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="118"/>
        <source>Наши запросы, ожидающие ответа</source>
        <translation>Պատասխանի սպասող մեր հարցումները</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="156"/>
        <source>Загрузка…</source>
        <translation>Բեռնվում է…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="170"/>
        <source>Срок обмена перечнями подписантов и образцами бланков (п.&#xa0;3 ст.&#xa0;9) истёк {date}: направьте их другой Стороне (Справочники → «Подписанты и бланки»).</source>
        <translation>Ստորագրողների ցանկերի և ձևաթղթերի նմուշների փոխանակման ժամկետը (հոդված&#xa0;9, կետ&#xa0;3) լրացել է {date}. ուղարկեք դրանք մյուս Կողմին (Տեղեկատուներ → «Ստորագրողներ և ձևաթղթեր»)։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="176"/>
        <source>До {date} (осталось дней: {days}) нужно направить другой Стороне перечни подписантов и образцы бланков (п.&#xa0;3 ст.&#xa0;9).</source>
        <translation>Մինչև {date} (մնացել է {days} օր) պետք է մյուս Կողմին ուղարկել ստորագրողների ցանկերը և ձևաթղթերի նմուշները (հոդված&#xa0;9, կետ&#xa0;3)։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="191"/>
        <source>На {day}: на исполнении {count}, просрочено {overdue}</source>
        <translation>{day} դրությամբ՝ կատարման փուլում {count}, ժամկետանց {overdue}</translation>
    </message>
</context>
<context>
    <name>DemoFill</name>
    <message>
        <location filename="../migdesk/ui/demo_fill.py" line="57"/>
        <source>Демо-данные</source>
        <translation>Ցուցադրական տվյալներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/demo_fill.py" line="58"/>
        <source>Сколько синтетических записей добавить?
(помечены как демонстрационные)</source>
        <translation>Քանի՞ սինթետիկ գրառում ավելացնել։
(նշվում են որպես ցուցադրական)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/demo_fill.py" line="72"/>
        <source>Добавление {count} демо-записей…</source>
        <translation>Ավելացվում է {count} ցուցադրական գրառում…</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="43"/>
        <source>Уничтожение записи</source>
        <translation>Գրառման ոչնչացում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="54"/>
        <source>Уничтожить досрочно: срок хранения истекает {date}</source>
        <translation>Ոչնչացնել վաղաժամ. պահպանման ժամկետը լրանում է {date}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="62"/>
        <source>Запись:</source>
        <translation>Գրառում:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="63"/>
        <source>Хранить до:</source>
        <translation>Պահել մինչև:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="64"/>
        <source>Основание:</source>
        <translation>Հիմք:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="66"/>
        <source>Уничтожить</source>
        <translation>Ոչնչացնել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="68"/>
        <source>Отмена</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="86"/>
        <source>Запрос, все действия и письма по нему, их подписанные экземпляры и вложения будут уничтожены без возможности восстановления; в журнале регистрации останутся только номера.</source>
        <translation>Հարցումը, դրա բոլոր գործողություններն ու գրությունները, դրանց ստորագրված օրինակներն ու կցորդները կոչնչացվեն առանց վերականգնման հնարավորության. գրանցման մատյանում կմնան միայն համարները։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="91"/>
        <source>Файл будет уничтожен без возможности восстановления; запрос сохранится.</source>
        <translation>Ֆայլը կոչնչացվի առանց վերականգնման հնարավորության. հարցումը կպահպանվի։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="94"/>
        <source>Тематическая информация, её вложения и связи с лицами и запросами будут уничтожены без возможности восстановления.</source>
        <translation>Թեմատիկ տեղեկատվությունը, դրա կցորդները և կապերն անձանց ու հարցումների հետ կոչնչացվեն առանց վերականգնման հնարավորության։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="98"/>
        <source>Запись о запросе согласия и решении по нему будет уничтожена без возможности восстановления.</source>
        <translation>Համաձայնության հարցման և դրա վերաբերյալ որոշման գրառումը կոչնչացվի առանց վերականգնման հնարավորության։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="104"/>
        <source>Запись, её история изменений, фотографии и поисковый индекс будут уничтожены без возможности восстановления.</source>
        <translation>Գրառումը, դրա փոփոխությունների պատմությունը, լուսանկարները և որոնման ինդեքսը կոչնչացվեն առանց վերականգնման հնարավորության։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="107"/>
        <source>Останутся только акт об уничтожении и запись журнала аудита.</source>
        <translation>Կմնան միայն ոչնչացման ակտը և աուդիտի մատյանի գրառումը։</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../migdesk/ui/display.py" line="67"/>
        <source>ключ подписи пакетов</source>
        <translation>փաթեթների ստորագրման բանալի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/display.py" line="68"/>
        <source>ключ шифрования пакетов</source>
        <translation>փաթեթների գաղտնագրման բանալի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/display.py" line="69"/>
        <source>удостоверяющий центр</source>
        <translation>վավերացման կենտրոն</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="70"/>
        <source>Документ — MigDesk</source>
        <translation>Փաստաթուղթ — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="98"/>
        <source>Документ</source>
        <translation>Փաստաթուղթ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="28"/>
        <source>Регистрационный номер</source>
        <translation>Գրանցման համար</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="29"/>
        <source>Листов</source>
        <translation>Թերթեր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="30"/>
        <source>SHA-256 содержания (QR-код)</source>
        <translation>Բովանդակության SHA-256 (QR կոդ)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="31"/>
        <source>Подпись</source>
        <translation>Ստորագրություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="103"/>
        <source>Условия согласия…</source>
        <translation>Համաձայնության պայմաններ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="106"/>
        <source>Подписать…</source>
        <translation>Ստորագրել…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="111"/>
        <source>Подписывает руководитель или сам уполномоченный подписант (п.&#xa0;3 ст.&#xa0;9)</source>
        <translation>Ստորագրում է ղեկավարը կամ ինքը՝ լիազորված ստորագրողը (հոդված&#xa0;9, կետ&#xa0;3)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="115"/>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="339"/>
        <source>Печать…</source>
        <translation>Տպել…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="117"/>
        <source>Сохранить как…</source>
        <translation>Պահպանել որպես…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="119"/>
        <source>Закрыть</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="142"/>
        <source>Для этой записи документов нашей Стороны нет.</source>
        <translation>Այս գրառման համար մեր Կողմի փաստաթղթեր չկան։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="150"/>
        <source>Документы по № {number} — MigDesk</source>
        <translation>Փաստաթղթեր № {number}-ի համար — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="214"/>
        <source>Отменено.</source>
        <translation>Չեղարկված է։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="234"/>
        <source>Для письма о согласии укажите сведения, получателя и цель.</source>
        <translation>Համաձայնության գրության համար նշեք տեղեկությունները, ստացողը և նպատակը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="242"/>
        <source>Документ формируется…</source>
        <translation>Փաստաթուղթը կազմվում է…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="249"/>
        <source>Предпросмотр документа не удался.</source>
        <translation>Փաստաթղթի նախադիտումը ձախողվեց։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="43"/>
        <source>№ {number} от {day}</source>
        <translation>№ {number}, {day}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="47"/>
        <source>{day}, без номера</source>
        <translation>{day}, առանց համարի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="53"/>
        <source>Подписан (PAdES); печатный экземпляр — для собственноручной подписи.</source>
        <translation>Ստորագրված է (PAdES). տպված օրինակը՝ ձեռագիր ստորագրության համար։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="61"/>
        <source>Не подписан; место для собственноручной подписи.</source>
        <translation>Ստորագրված չէ. տեղ ձեռագիր ստորագրության համար։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="278"/>
        <source>Подписать: {label}</source>
        <translation>Ստորագրել՝ {label}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="294"/>
        <source>Подписание документа…</source>
        <translation>Փաստաթղթի ստորագրում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="295"/>
        <source>Подписание…</source>
        <translation>Ստորագրում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="305"/>
        <source>Печать документа</source>
        <translation>Փաստաթղթի տպում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="324"/>
        <source>Документ № {number}</source>
        <translation>Փաստաթուղթ № {number}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="331"/>
        <source>Отправлено на печать: {pages} стр.</source>
        <translation>Ուղարկված է տպման՝ {pages} էջ։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="338"/>
        <source>Печать документа…</source>
        <translation>Փաստաթղթի տպում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="349"/>
        <source>Сохранить документ</source>
        <translation>Պահպանել փաստաթուղթը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="349"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="359"/>
        <source>Не удалось сохранить файл «{path}»: {reason}.</source>
        <translation>Չհաջողվեց պահպանել «{path}» ֆայլը՝ {reason}։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="371"/>
        <source>Сохранено: {name}</source>
        <translation>Պահպանված է՝ {name}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="374"/>
        <source>Сохранение…</source>
        <translation>Պահպանում…</translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="27"/>
        <source>запрос</source>
        <translation>հարցում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="28"/>
        <source>ответ</source>
        <translation>պատասխան</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="29"/>
        <source>запрос-сведений</source>
        <translation>տեղեկությունների-հարցում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="30"/>
        <source>уведомление-о-препятствиях</source>
        <translation>խոչընդոտների-մասին-ծանուցում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="31"/>
        <source>уведомление-об-отсрочке</source>
        <translation>հետաձգման-մասին-ծանուցում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="32"/>
        <source>отказ</source>
        <translation>մերժում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="33"/>
        <source>запрос-подтверждения</source>
        <translation>հաստատման-հարցում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="34"/>
        <source>сопроводительное-письмо</source>
        <translation>ուղեկցող-գրություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="35"/>
        <source>согласие</source>
        <translation>համաձայնություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="36"/>
        <source>сведения-о-лице</source>
        <translation>տեղեկություններ-անձի-մասին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="37"/>
        <source>реестр-передачи</source>
        <translation>հանձնման-ռեեստր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="38"/>
        <source>акт-уничтожения</source>
        <translation>ոչնչացման-ակտ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="46"/>
        <source>-подписан</source>
        <translation>-ստորագրված</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="107"/>
        <source>Возможные дубликаты — MigDesk</source>
        <translation>Հնարավոր կրկնօրինակներ — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="113"/>
        <source>В хранилище уже есть похожие записи. Проверьте, не то же ли это лицо: откройте его запись или сохраните новую, указав основание.</source>
        <translation>Պահոցում արդեն կան նման գրառումներ։ Ստուգեք՝ արդյոք սա նույն անձը չէ. բացեք նրա գրառումը կամ պահպանեք նորը՝ նշելով հիմքը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="120"/>
        <source>вероятно то же лицо</source>
        <translation>հավանաբար նույն անձն է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="122"/>
        <source>возможный дубликат</source>
        <translation>հնարավոր կրկնօրինակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="124"/>
        <source>{name} — {level}, {score}%</source>
        <translation>{name} — {level}, {score}%</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="136"/>
        <source>Новая запись</source>
        <translation>Նոր գրառում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="138"/>
        <source>Запись в хранилище</source>
        <translation>Գրառում պահոցում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="145"/>
        <source>Основание: почему это другое лицо (записывается в журнал аудита)</source>
        <translation>Հիմք. ինչու է սա այլ անձ (գրանցվում է աուդիտի մատյանում)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="149"/>
        <source>Открыть эту запись</source>
        <translation>Բացել այս գրառումը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="151"/>
        <source>Сохранить как новое лицо</source>
        <translation>Պահպանել որպես նոր անձ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="158"/>
        <source>Вернуться к вводу</source>
        <translation>Վերադառնալ մուտքագրմանը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="186"/>
        <source>Почему похоже: {reasons}</source>
        <translation>Ինչու է նման՝ {reasons}</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="55"/>
        <source>Возможные дубликаты — MigDesk</source>
        <translation>Հնարավոր կրկնօրինակներ — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="60"/>
        <source>Пары записей, которые могут относиться к одному лицу: сходство ФИО в обоих алфавитах, даты рождения, номеров документов. Проверьте каждую пару.</source>
        <translation>Գրառումների զույգեր, որոնք կարող են վերաբերել նույն անձին. Ա.Ա.Հ.-ի նմանություն երկու այբուբեններով, ծննդյան ամսաթվեր, փաստաթղթերի համարներ։ Ստուգեք յուրաքանչյուր զույգը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="64"/>
        <source>Найти</source>
        <translation>Գտնել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="73"/>
        <source>Запись 1</source>
        <translation>Գրառում 1</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="73"/>
        <source>Запись 2</source>
        <translation>Գրառում 2</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="73"/>
        <source>Вероятность</source>
        <translation>Հավանականություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="73"/>
        <source>Почему</source>
        <translation>Ինչու</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="87"/>
        <source>Основание решения (в журнал аудита)</source>
        <translation>Որոշման հիմքը (աուդիտի մատյանում)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="89"/>
        <source>Открыть запись 1</source>
        <translation>Բացել գրառում 1-ը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="91"/>
        <source>Открыть запись 2</source>
        <translation>Բացել գրառում 2-ը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="93"/>
        <source>Разные лица</source>
        <translation>Տարբեր անձինք</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="95"/>
        <source>Одно лицо (связать)</source>
        <translation>Նույն անձը (կապել)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="97"/>
        <source>Объединить в запись 1</source>
        <translation>Միավորել գրառում 1-ում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="130"/>
        <source>Идёт поиск…</source>
        <translation>Որոնում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="133"/>
        <source>Поиск возможных дубликатов по всему реестру…</source>
        <translation>Հնարավոր կրկնօրինակների որոնում ամբողջ ռեեստրում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="155"/>
        <source>Поиск прерван.</source>
        <translation>Որոնումն ընդհատվեց։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="162"/>
        <source>вероятно то же лицо</source>
        <translation>հավանաբար նույն անձն է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="164"/>
        <source>возможный дубликат</source>
        <translation>հնարավոր կրկնօրինակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="178"/>
        <source>Найдено пар: {n}</source>
        <translation>Գտնված զույգեր՝ {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="180"/>
        <source>Возможных дубликатов нет.</source>
        <translation>Հնարավոր կրկնօրինակներ չկան։</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../migdesk/ui/exchange/common.py" line="53"/>
        <source>да</source>
        <translation>այո</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/common.py" line="55"/>
        <source>нет</source>
        <translation>ոչ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/common.py" line="61"/>
        <source>подтверждение получения</source>
        <translation>ստացման հաստատում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/common.py" line="62"/>
        <source>данные</source>
        <translation>տվյալներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/common.py" line="69"/>
        <source>основной</source>
        <translation>հիմնական</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../migdesk/ui/exchange/menu.py" line="46"/>
        <source>&amp;Обмен</source>
        <translation>&amp;Փոխանակում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/menu.py" line="47"/>
        <source>Выгрузить пакет…</source>
        <translation>Արտահանել փաթեթը…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/menu.py" line="50"/>
        <source>Загрузить пакет…</source>
        <translation>Ներմուծել փաթեթը…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/menu.py" line="53"/>
        <source>Журнал пакетов</source>
        <translation>Փաթեթների մատյան</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/menu.py" line="58"/>
        <source>Проверить пакет (курьер)…</source>
        <translation>Ստուգել փաթեթը (սուրհանդակ)…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="69"/>
        <source>Выгрузить пакет — MigDesk</source>
        <translation>Արտահանել փաթեթը — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="74"/>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="153"/>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="154"/>
        <source>Загрузка…</source>
        <translation>Բեռնվում է…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="87"/>
        <source>Сопроводительный текст: зачем направляются сведения (ст.&#xa0;8)</source>
        <translation>Ուղեկցող տեքստ. ինչու են ուղարկվում տեղեկությունները (հոդված&#xa0;8)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="91"/>
        <source>Включить подтверждения получения для ещё не подтверждённых пакетов</source>
        <translation>Ներառել ստացման հաստատումներ դեռ չհաստատված փաթեթների համար</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="117"/>
        <source>Выгрузить</source>
        <translation>Արտահանել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="121"/>
        <source>Реестр передачи…</source>
        <translation>Հանձնման ռեեստր…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="123"/>
        <source>Реестр передачи курьеру для записанного пакета (PDF)</source>
        <translation>Գրված փաթեթի՝ սուրհանդակին հանձնման ռեեստր (PDF)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="127"/>
        <source>Закрыть</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="131"/>
        <source>Получатель:</source>
        <translation>Ստացող:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="132"/>
        <source>Запросы и письма:</source>
        <translation>Հարցումներ և գրություններ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="133"/>
        <source>Лица (ст.&#xa0;8):</source>
        <translation>Անձինք (հոդված&#xa0;8):</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="134"/>
        <source>Сопроводительное письмо:</source>
        <translation>Ուղեկցող գրություն:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="137"/>
        <source>Куда записать:</source>
        <translation>Որտեղ գրել:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="186"/>
        <source>ПИН-код токена «{label}»:</source>
        <translation>«{label}» թոքենի PIN կոդ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="191"/>
        <source>ключом этого хранилища</source>
        <translation>այս պահոցի բանալիով</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="193"/>
        <source>ключом органа на токене «{label}»</source>
        <translation>մարմնի բանալիով «{label}» թոքենում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="197"/>
        <source>Пакет шифруется для органа-получателя и подписывается {signed_by}. Записи, полученные от другого органа, направляются только ему, если нет его письменного согласия (ст.&#xa0;11).</source>
        <translation>Փաթեթը գաղտնագրվում է ստացող մարմնի համար և ստորագրվում {signed_by}։ Այլ մարմնից ստացված գրառումներն ուղարկվում են միայն նրան, եթե չկա նրա գրավոր համաձայնությունը (հոդված&#xa0;11)։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="206"/>
        <source>Нет доверенных органов-партнёров: администратор должен сначала импортировать их сертификаты.</source>
        <translation>Վստահելի գործընկեր մարմիններ չկան. ադմինիստրատորը նախ պետք է ներմուծի դրանց վկայագրերը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="156"/>
        <source>Домашняя папка</source>
        <translation>Տնային թղթապանակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="281"/>
        <source>запросов согласия — {n}</source>
        <translation>համաձայնության հարցումներ՝ {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="283"/>
        <source>ответов о согласии — {n}</source>
        <translation>համաձայնության պատասխաններ՝ {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="286"/>
        <source>изменений перечня подписантов — {n}</source>
        <translation>ստորագրողների ցանկի փոփոխություններ՝ {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="289"/>
        <source>Включить ожидающие отправки (ст.&#xa0;9, 11): {what}</source>
        <translation>Ներառել ուղարկման սպասողները (հոդվածներ&#xa0;9, 11)՝ {what}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="306"/>
        <source>Выберите носитель или папку.</source>
        <translation>Ընտրեք կրիչ կամ թղթապանակ։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="313"/>
        <source>Ключ подписи органа хранится на токене «{label}»: подключите токен и введите его ПИН-код.</source>
        <translation>Մարմնի ստորագրման բանալին պահվում է «{label}» թոքենում. միացրեք թոքենը և մուտքագրեք դրա PIN կոդը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="342"/>
        <source>Запись и проверка пакета…</source>
        <translation>Փաթեթի գրում և ստուգում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="360"/>
        <source>{message}
Номер пакета: {sequence}
Папка: {path}
SHA-256 ярлыка: {sha}</source>
        <translation>{message}
Փաթեթի համար՝ {sequence}
Թղթապանակ՝ {path}
Պիտակի SHA-256՝ {sha}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="393"/>
        <source>Выгрузка отменена. Пакет не записан.</source>
        <translation>Արտահանումը չեղարկվեց։ Փաթեթը չի գրվել։</translation>
    </message>
</context>
<context>
    <name>ExportMedium</name>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="105"/>
        <source>Другая папка…</source>
        <translation>Այլ թղթապանակ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="114"/>
        <source>Съёмный носитель</source>
        <translation>Շարժական կրիչ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="114"/>
        <source>Папка</source>
        <translation>Թղթապանակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="116"/>
        <source>свободно {free}</source>
        <translation>ազատ է {free}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="118"/>
        <source>свободное место неизвестно</source>
        <translation>ազատ տեղը հայտնի չէ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="165"/>
        <source>Папка для пакета</source>
        <translation>Փաթեթի թղթապանակ</translation>
    </message>
</context>
<context>
    <name>ExportPersons</name>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="45"/>
        <source>Добавить из реестра…</source>
        <translation>Ավելացնել ռեեստրից…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="47"/>
        <source>Убрать</source>
        <translation>Հեռացնել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="71"/>
        <source>Загрузка…</source>
        <translation>Բեռնվում է…</translation>
    </message>
</context>
<context>
    <name>ExportRequests</name>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="64"/>
        <source>Нет получателей: администратор загружает сертификат другой Стороны (migdesk-cli authority trust).</source>
        <translation>Ստացողներ չկան. ադմինիստրատորը բեռնում է մյուս Կողմի վկայագիրը (migdesk-cli authority trust)։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="71"/>
        <source>Поиск запросов и писем, ожидающих отправки…</source>
        <translation>Ուղարկման սպասող հարցումների և գրությունների որոնում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="88"/>
        <source>сообщение</source>
        <translation>հաղորդագրություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="90"/>
        <source>№ {number} — {kind}, {direction}: {what}</source>
        <translation>№ {number} — {kind}, {direction}: {what}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="97"/>
        <source>без подписанного письма: {letters}</source>
        <translation>առանց ստորագրված գրության՝ {letters}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="120"/>
        <source>Отметьте, что войдёт в пакет; отмеченное при записи пакета станет направленным.</source>
        <translation>Նշեք, թե ինչ է մտնելու փաթեթի մեջ. նշվածը փաթեթը գրելիս կդառնա ուղարկված։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="127"/>
        <source>Нет запросов и писем к отправке: подписанные («Запросы» → запрос → «Подписать…») появятся здесь.</source>
        <translation>Ուղարկման ենթակա հարցումներ և գրություններ չկան. ստորագրվածները («Հարցումներ» → հարցում → «Ստորագրել…») կհայտնվեն այստեղ։</translation>
    </message>
</context>
<context>
    <name>FamilyTab</name>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="50"/>
        <source>Кем приходится</source>
        <translation>Ազգակցական կապ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="51"/>
        <source>Член семьи</source>
        <translation>Ընտանիքի անդամ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="52"/>
        <source>Право на проживание и работу</source>
        <translation>Բնակության և աշխատանքի իրավունք</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="69"/>
        <source>Добавить члена семьи…</source>
        <translation>Ավելացնել ընտանիքի անդամ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="71"/>
        <source>Удалить связь</source>
        <translation>Հեռացնել կապը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="73"/>
        <source>Открыть карточку</source>
        <translation>Բացել քարտը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="79"/>
        <source>Кем приходится:</source>
        <translation>Ազգակցական կապ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="92"/>
        <source>Права членов семьи на проживание и работу видны здесь; связь сохраняется сразу и передаётся в пакете вместе с обоими лицами.</source>
        <translation>Ընտանիքի անդամների բնակության և աշխատանքի իրավունքները երևում են այստեղ. կապը պահպանվում է անմիջապես և փոխանցվում է փաթեթում երկու անձանց հետ միասին։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="104"/>
        <source>супруг (супруга)</source>
        <translation>ամուսին (կին)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="105"/>
        <source>ребёнок</source>
        <translation>երեխա</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="106"/>
        <source>родитель</source>
        <translation>ծնող</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="107"/>
        <source>иной член семьи</source>
        <translation>ընտանիքի այլ անդամ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="112"/>
        <source>специальный статус проживания</source>
        <translation>կացության հատուկ կարգավիճակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="113"/>
        <source>разрешение на временное проживание</source>
        <translation>ժամանակավոր կացության կարգավիճակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="114"/>
        <source>разрешение на постоянное проживание</source>
        <translation>մշտական կացության կարգավիճակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="115"/>
        <source>право на работу</source>
        <translation>աշխատելու իրավունք</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="127"/>
        <source>Членов семьи можно указать после сохранения записи.</source>
        <translation>Ընտանիքի անդամներին կարելի է նշել գրառումը պահպանելուց հետո։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="157"/>
        <source> до {date}</source>
        <translation> մինչև {date}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="163"/>
        <source>не указано</source>
        <translation>նշված չէ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="170"/>
        <source>Членов семьи: {count}</source>
        <translation>Ընտանիքի անդամներ՝ {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="172"/>
        <source>Члены семьи не указаны.</source>
        <translation>Ընտանիքի անդամներ նշված չեն։</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="62"/>
        <source>Записать</source>
        <translation>Գրանցել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="65"/>
        <source>Отмена</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="129"/>
        <source>Не записано: исправьте отмеченные поля.</source>
        <translation>Չի գրանցվել. ուղղեք նշված դաշտերը։</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="29"/>
        <source>История появится после первого сохранения.</source>
        <translation>Պատմությունը կհայտնվի առաջին պահպանումից հետո։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="33"/>
        <source>Редакция</source>
        <translation>Խմբագրություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="33"/>
        <source>Когда</source>
        <translation>Երբ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="33"/>
        <source>Кто</source>
        <translation>Ով</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="33"/>
        <source>Что изменено</source>
        <translation>Ինչ է փոխվել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="45"/>
        <source>создание записи</source>
        <translation>գրառման ստեղծում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="46"/>
        <source>изменение</source>
        <translation>փոփոխություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="48"/>
        <source>объединение с другой записью</source>
        <translation>միավորում այլ գրառման հետ</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../migdesk/ui/idle_lock.py" line="237"/>
        <source>Хранилище заблокировано автоматически: нет действий {minutes} мин.</source>
        <translation>Պահոցն ավտոմատ կողպվեց. {minutes} րոպե գործողություններ չեն եղել։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/idle_lock.py" line="242"/>
        <source>Хранилище заблокировано: работа программы приостановлена.</source>
        <translation>Պահոցը կողպվեց. ծրագրի աշխատանքը կասեցվեց։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/idle_lock.py" line="245"/>
        <source>Хранилище заблокировано вместе с экраном компьютера.</source>
        <translation>Պահոցը կողպվեց համակարգչի էկրանի հետ միասին։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/lock_drafts.py" line="111"/>
        <source>Несохранённые изменения пользователя {user} сохранены как зашифрованный черновик в хранилище (карточек: {count}) и будут открыты, когда {user} снова войдёт.</source>
        <translation>{user} օգտատիրոջ չպահպանված փոփոխությունները պահվել են պահոցում որպես գաղտնագրված սևագիր (քարտեր՝ {count}) և կբացվեն, երբ {user}-ը կրկին մուտք գործի։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/lock_drafts.py" line="118"/>
        <source>Несохранённые изменения не сохранены (карточек: {count}).</source>
        <translation>Չպահպանված փոփոխությունները չեն պահպանվել (քարտեր՝ {count})։</translation>
    </message>
</context>
<context>
    <name>IdleLockDialog</name>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="63"/>
        <source>Автоматическая блокировка</source>
        <translation>Ավտոմատ կողպում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="72"/>
        <source>Сохранить</source>
        <translation>Պահպանել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="73"/>
        <source>Отмена</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="70"/>
        <source>Блокировать после бездействия, мин:</source>
        <translation>Կողպել անգործությունից հետո, րոպե:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="65"/>
        <source>Хранилище блокируется, когда за это время не было ни нажатий клавиш, ни действий мышью, а также при блокировке экрана компьютера. Открытые карточки при этом закрываются без сохранения. Настройка действует для всех пользователей этого хранилища.</source>
        <translation>Պահոցը կողպվում է, երբ այդ ընթացքում ո՛չ ստեղն է սեղմվել, ո՛չ մկնիկով գործողություն է կատարվել, ինչպես նաև համակարգչի էկրանը կողպելիս։ Բաց քարտերն այդ դեպքում փակվում են առանց պահպանման։ Կարգավորումը գործում է այս պահոցի բոլոր օգտատերերի համար։</translation>
    </message>
</context>
<context>
    <name>ImagePick</name>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="140"/>
        <source>не выбран</source>
        <translation>ընտրված չէ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="143"/>
        <source>Выбрать изображение…</source>
        <translation>Ընտրել պատկեր…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="152"/>
        <source>Изображение</source>
        <translation>Պատկեր</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="59"/>
        <source>Загрузить пакет — MigDesk</source>
        <translation>Ներմուծել փաթեթը — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="63"/>
        <source>Папка пакета *.mdbundle</source>
        <translation>*.mdbundle փաթեթի թղթապանակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="65"/>
        <source>Выбрать папку…</source>
        <translation>Ընտրել թղթապանակ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="67"/>
        <source>Проверить</source>
        <translation>Ստուգել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="85"/>
        <source>Загрузить</source>
        <translation>Ներմուծել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="88"/>
        <source>Закрыть</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="99"/>
        <source>Сначала пакет проверяется и показывается, что изменится; хранилище при этом не меняется. Загрузка выполняется целиком или не выполняется вовсе.</source>
        <translation>Սկզբում փաթեթը ստուգվում է, և ցուցադրվում է, թե ինչ կփոխվի. պահոցն այդ ընթացքում չի փոխվում։ Ներմուծումը կատարվում է ամբողջությամբ կամ ընդհանրապես չի կատարվում։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="133"/>
        <source>Папка пакета (*.mdbundle)</source>
        <translation>Փաթեթի թղթապանակ (*.mdbundle)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="162"/>
        <source>Проверка и расшифровка пакета…</source>
        <translation>Փաթեթի ստուգում և վերծանում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="227"/>
        <source>Загрузка пакета…</source>
        <translation>Փաթեթի ներմուծում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="236"/>
        <source>Пакет № {sequence} от {sender} загружен: новых лиц — {new}, обновлено — {updated}, зарегистрировано запросов и сообщений — {requests}, записано писем по запросам — {letters}, подтверждено наших пакетов — {acks}.</source>
        <translation>№ {sequence} փաթեթը {sender}-ից ներմուծված է. նոր անձինք՝ {new}, թարմացված՝ {updated}, գրանցված հարցումներ և հաղորդագրություններ՝ {requests}, գրանցված գրություններ հարցումներով՝ {letters}, հաստատված մեր փաթեթներ՝ {acks}։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="249"/>
        <source>Пакет уже был загружен ранее; ничего не изменено.</source>
        <translation>Փաթեթն արդեն ներմուծվել է. ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="261"/>
        <source>Пакет отклонён: {reason}</source>
        <translation>Փաթեթը մերժվեց՝ {reason}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="267"/>
        <source>Отменено; хранилище не изменено.</source>
        <translation>Չեղարկված է. պահոցը չի փոխվել։</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPanel</name>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="54"/>
        <source>Что изменится</source>
        <translation>Ինչ կփոխվի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="54"/>
        <source>Подробности</source>
        <translation>Մանրամասներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="58"/>
        <source>Конфликты — решите для каждой записи, какую версию оставить:</source>
        <translation>Հակասություններ. յուրաքանչյուր գրառման համար որոշեք, թե որ տարբերակը թողնել:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="63"/>
        <source>Лицо</source>
        <translation>Անձ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="63"/>
        <source>Различаются поля</source>
        <translation>Տարբերվող դաշտեր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="63"/>
        <source>Решение</source>
        <translation>Որոշում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="95"/>
        <source>новое лицо</source>
        <translation>նոր անձ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="97"/>
        <source>вероятно то же лицо, что {name}</source>
        <translation>հավանաբար նույն անձն է, ինչ {name}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="99"/>
        <source>возможно то же лицо, что {name}</source>
        <translation>հնարավոր է՝ նույն անձն է, ինչ {name}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="118"/>
        <source>Отметьте, чтобы связать с записью {id}: {reasons}</source>
        <translation>Նշեք՝ {id} գրառման հետ կապելու համար՝ {reasons}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="136"/>
        <source>Отправитель: {sender}; пакет № {sequence} (канал {channel}); вид: {kind}.</source>
        <translation>Ուղարկող՝ {sender}; փաթեթ № {sequence} (ալիք {channel}); տեսակ՝ {kind}։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="147"/>
        <source>Проверено: подпись отправителя действительна (сертификат {sender}, которому доверяет это хранилище), пакет не изменён и адресован нашему органу.</source>
        <translation>Ստուգված է. ուղարկողի ստորագրությունը վավեր է ({sender}-ի վկայագիր, որին վստահում է այս պահոցը), փաթեթը փոփոխված չէ և հասցեագրված է մեր մարմնին։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="152"/>
        <source>Цель: {purpose}</source>
        <translation>Նպատակ՝ {purpose}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="154"/>
        <source>Сопроводительное письмо: {text}</source>
        <translation>Ուղեկցող գրություն՝ {text}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="156"/>
        <source>Этот пакет уже был загружен ранее; ничего не изменится.</source>
        <translation>Այս փաթեթն արդեն ներմուծվել է. ոչինչ չի փոխվի։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="161"/>
        <source>При загрузке будет записано: новых лиц — {new}, обновлений — {updated}, запросов и сообщений — {requests}, писем по запросам — {letters}.</source>
        <translation>Ներմուծման ժամանակ կգրանցվեն՝ նոր անձինք՝ {new}, թարմացումներ՝ {updated}, հարցումներ և հաղորդագրություններ՝ {requests}, գրություններ հարցումներով՝ {letters}։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="173"/>
        <source>Похожи на лиц из нашего реестра: {n}. Отметьте тех, кого нужно связать с нашей записью; полученная запись останется отдельной, с ограничениями отправителя.</source>
        <translation>Նման են մեր ռեեստրի անձանց՝ {n}։ Նշեք նրանց, ում պետք է կապել մեր գրառման հետ. ստացված գրառումը կմնա առանձին՝ ուղարկողի սահմանափակումներով։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="186"/>
        <source>Новые лица: {n}</source>
        <translation>Նոր անձինք՝ {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="190"/>
        <source>Обновления: {n}</source>
        <translation>Թարմացումներ՝ {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="194"/>
        <source>изменятся поля: {fields}</source>
        <translation>կփոխվեն դաշտերը՝ {fields}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="202"/>
        <source>Без изменений: {n}</source>
        <translation>Առանց փոփոխության՝ {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="203"/>
        <source>совпадает с записью в хранилище</source>
        <translation>համընկնում է պահոցի գրառման հետ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="216"/>
        <source>Запросы и письма: {n}</source>
        <translation>Հարցումներ և գրություններ՝ {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="227"/>
        <source>Перечень подписантов (п.&#xa0;4 ст.&#xa0;9): {n}</source>
        <translation>Ստորագրողների ցանկ (հոդված&#xa0;9, կետ&#xa0;4)՝ {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="239"/>
        <source>Связи с членами семьи: {n}</source>
        <translation>Կապեր ընտանիքի անդամների հետ՝ {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="250"/>
        <source>Подтверждает получение наших пакетов: {n}</source>
        <translation>Հաստատում է մեր փաթեթների ստացումը՝ {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="262"/>
        <source>Пропущены пакеты № {numbers}</source>
        <translation>Բացակայում են № {numbers} փաթեթները</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="265"/>
        <source>запросите их у отправителя повторно</source>
        <translation>պահանջեք դրանք ուղարկողից կրկին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="279"/>
        <source>— выберите —</source>
        <translation>— ընտրեք —</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="280"/>
        <source>Оставить свою запись</source>
        <translation>Թողնել մեր գրառումը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="281"/>
        <source>Принять из пакета</source>
        <translation>Ընդունել փաթեթից</translation>
    </message>
</context>
<context>
    <name>IndexUpkeep</name>
    <message>
        <location filename="../migdesk/ui/index_upkeep.py" line="46"/>
        <source>Упорядочивается поисковый индекс…</source>
        <translation>Որոնման ինդեքսը կարգավորվում է…</translation>
    </message>
</context>
<context>
    <name>JournalsTab</name>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="58"/>
        <source>Орган</source>
        <translation>Մարմին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="59"/>
        <source>Год</source>
        <translation>Տարի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="61"/>
        <source>Входящие</source>
        <translation>Մուտքային</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="62"/>
        <source>Исходящие</source>
        <translation>Ելքային</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="68"/>
        <source>Сохранить шаблон</source>
        <translation>Պահպանել ձևանմուշը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="88"/>
        <source>Вставить в шаблон:</source>
        <translation>Տեղադրել ձևանմուշում:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="91"/>
        <source>Вставляет {token}</source>
        <translation>Տեղադրում է {token}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="107"/>
        <source>Порядковый номер обязателен и входит в шаблон один раз; например, шаблон «12-3/{seq}» даёт номера 12-3/1, 12-3/2… Нумерация без пропусков, номера не используются повторно; новый шаблон действует для следующих номеров.</source>
        <translation>Հերթական համարը պարտադիր է և ձևանմուշում մտնում է մեկ անգամ. օրինակ՝ «12-3/{seq}» ձևանմուշը տալիս է 12-3/1, 12-3/2… համարները։ Համարակալումն առանց բացթողումների է, համարները կրկին չեն օգտագործվում. նոր ձևանմուշը գործում է հաջորդ համարների համար։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="121"/>
        <source>порядковый номер</source>
        <translation>հերթական համար</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="122"/>
        <source>год</source>
        <translation>տարի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="123"/>
        <source>год, две цифры</source>
        <translation>տարի, երկու թվանշան</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="124"/>
        <source>код органа</source>
        <translation>մարմնի կոդ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="140"/>
        <source>1, 2, 3… с начала года</source>
        <translation>1, 2, 3… տարվա սկզբից</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="146"/>
        <source>{token} — {name}: {meaning}</source>
        <translation>{token} — {name}: {meaning}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="168"/>
        <source>например: № {number}</source>
        <translation>օրինակ՝ № {number}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="173"/>
        <source>шаблон неверен</source>
        <translation>ձևանմուշը սխալ է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="204"/>
        <source>Шаблон не сохранён.</source>
        <translation>Ձևանմուշը չի պահպանվել։</translation>
    </message>
</context>
<context>
    <name>KeyChooser</name>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="123"/>
        <source>Файл ключа PKCS#12</source>
        <translation>PKCS#12 բանալու ֆայլ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="124"/>
        <source>Токен PKCS#11</source>
        <translation>PKCS#11 թոքեն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="131"/>
        <source>Поддержка токенов PKCS#11 ещё не подключена.</source>
        <translation>PKCS#11 թոքենների աջակցությունը դեռ միացված չէ։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="134"/>
        <source>файл .p12 или .pfx</source>
        <translation>.p12 կամ .pfx ֆայլ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="135"/>
        <location filename="../migdesk/ui/documents/keys.py" line="150"/>
        <source>Выбрать…</source>
        <translation>Ընտրել…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="145"/>
        <source>Файл</source>
        <translation>Ֆայլ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="146"/>
        <source>Пароль</source>
        <translation>Գաղտնաբառ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="149"/>
        <source>библиотека PKCS#11 (.so, .dll)</source>
        <translation>PKCS#11 գրադարան (.so, .dll)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="158"/>
        <source>Найти токены</source>
        <translation>Գտնել թոքենները</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="165"/>
        <source>необязательно: единственный ключ токена</source>
        <translation>ոչ պարտադիր՝ թոքենի միակ բանալին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="170"/>
        <source>Библиотека</source>
        <translation>Գրադարան</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="171"/>
        <source>Токен</source>
        <translation>Թոքեն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="172"/>
        <source>Метка ключа</source>
        <translation>Բանալու պիտակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="173"/>
        <source>PIN-код</source>
        <translation>PIN կոդ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="208"/>
        <source>Файл ключа подписанта</source>
        <translation>Ստորագրողի բանալու ֆայլ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="208"/>
        <source>Ключи PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 բանալիներ (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="215"/>
        <source>Библиотека PKCS#11</source>
        <translation>PKCS#11 գրադարան</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="215"/>
        <source>Библиотеки (*.so *.dll *.dylib)</source>
        <translation>Գրադարաններ (*.so *.dll *.dylib)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="232"/>
        <source>Токены не найдены.</source>
        <translation>Թոքեններ չեն գտնվել։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="254"/>
        <source>Укажите файл ключа.</source>
        <translation>Նշեք բանալու ֆայլը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="260"/>
        <source>Укажите библиотеку PKCS#11 и токен.</source>
        <translation>Նշեք PKCS#11 գրադարանը և թոքենը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="262"/>
        <source>Введите PIN-код токена.</source>
        <translation>Մուտքագրեք թոքենի PIN կոդը։</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="284"/>
        <source>Подписание — MigDesk</source>
        <translation>Ստորագրում — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="290"/>
        <source>Подписать</source>
        <translation>Ստորագրել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="291"/>
        <source>Отмена</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="301"/>
        <source>Подписывает лицо из перечня уполномоченных, действующего на дату документа (п.&#xa0;3 ст.&#xa0;9 Соглашения).</source>
        <translation>Ստորագրում է փաստաթղթի ամսաթվին գործող լիազորված անձանց ցանկում ընդգրկված անձը (Համաձայնագրի հոդված&#xa0;9, կետ&#xa0;3)։</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="50"/>
        <source>Бланк и подписание — MigDesk</source>
        <translation>Ձևաթուղթ և ստորագրում — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="55"/>
        <source>Министерство внутренних дел Республики Казахстан
Комитет миграционной службы</source>
        <translation>Министерство внутренних дел Республики Казахстан
Комитет миграционной службы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="64"/>
        <source>Правило «четырёх глаз»: подписывает не автор, а закреплённый за подписантом</source>
        <translation>«Չորս աչքի» կանոն. ստորագրում է ոչ թե հեղինակը, այլ ստորագրողին ամրակցված օգտատերը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="67"/>
        <source>Сохранить</source>
        <translation>Պահպանել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="70"/>
        <source>Наименование (по строкам)</source>
        <translation>Անվանում (ըստ տողերի)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="71"/>
        <source>Краткое наименование</source>
        <translation>Կարճ անվանում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="72"/>
        <source>Почтовый адрес</source>
        <translation>Փոստային հասցե</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="73"/>
        <source>Телефон</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="74"/>
        <source>Электронная почта</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="75"/>
        <source>Сайт</source>
        <translation>Կայք</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="80"/>
        <source>Реквизиты печатаются в левом верхнем углу каждого письма (ГОСТ Р 7.0.97). Пустое наименование — наименование органа из реестра на дату письма.</source>
        <translation>Վավերապայմանները տպվում են յուրաքանչյուր գրության վերին ձախ անկյունում (ГОСТ Р 7.0.97)։ Դատարկ անվանման դեպքում տպվում է մարմնի անվանումը ռեեստրից՝ գրության ամսաթվով։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="90"/>
        <source>Выключайте правило только в подразделении из одного сотрудника: тогда руководитель подписывает за любого подписанта из перечня. Изменение записывается в журнал аудита.</source>
        <translation>Անջատեք կանոնը միայն մեկ աշխատակցից բաղկացած ստորաբաժանումում. այդ դեպքում ղեկավարը ստորագրում է ցանկի ցանկացած ստորագրողի փոխարեն։ Փոփոխությունը գրանցվում է աուդիտի մատյանում։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="97"/>
        <source>Отмена</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="133"/>
        <source>Хранилище не привязано к компетентному органу.</source>
        <translation>Պահոցը կապված չէ իրավասու մարմնի հետ։</translation>
    </message>
</context>
<context>
    <name>LinksLine</name>
    <message>
        <location filename="../migdesk/ui/person_links.py" line="88"/>
        <source>То же лицо, что {record}</source>
        <translation>նույն անձն է, ինչ {record}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_links.py" line="90"/>
        <source>Не то же лицо, что {record}</source>
        <translation>նույն անձը չէ, ինչ {record}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_links.py" line="94"/>
        <source>записано: {who}, {when}</source>
        <translation>գրանցել է՝ {who}, {when}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_links.py" line="100"/>
        <source>основание: {reason}</source>
        <translation>հիմք՝ {reason}</translation>
    </message>
</context>
<context>
    <name>LoginCountdown</name>
    <message>
        <location filename="../migdesk/ui/unlock_guard.py" line="70"/>
        <source>Слишком много неудачных попыток входа под этим именем. Следующая попытка — через {time}; до тех пор пароль не проверяется.</source>
        <translation>Այս անունով մուտքի անհաջող փորձերը չափազանց շատ են։ Հաջորդ փորձը՝ {time} հետո. մինչ այդ գաղտնաբառը չի ստուգվում։</translation>
    </message>
</context>
<context>
    <name>MainInfoTab</name>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="84"/>
        <source>ДД.ММ.ГГГГ, ММ.ГГГГ или ГГГГ</source>
        <translation>ՕՕ.ԱԱ.ՏՏՏՏ, ԱԱ.ՏՏՏՏ կամ ՏՏՏՏ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="88"/>
        <source>не указан</source>
        <translation>նշված չէ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="133"/>
        <source>Вставить MRZ…</source>
        <translation>Տեղադրել MRZ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="135"/>
        <source>Заполнить поля из машиносчитываемой зоны паспорта или ID-карты</source>
        <translation>Լրացնել դաշտերն անձնագրի կամ ID քարտի մեքենայաընթեռնելի գոտուց</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="146"/>
        <source>Фамилия, имя, отчество</source>
        <translation>Ազգանուն, անուն, հայրանուն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="150"/>
        <source>На русском</source>
        <translation>Ռուսերեն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="150"/>
        <source>Латиницей (как в паспорте)</source>
        <translation>Լատինատառ (ինչպես անձնագրում)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="155"/>
        <source>Фамилия</source>
        <translation>Ազգանուն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="155"/>
        <source>Имя</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="155"/>
        <source>Отчество</source>
        <translation>Հայրանուն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="173"/>
        <source>Если латиница не заполнена, она будет получена из русского написания по ICAO Doc 9303 (показано серым).</source>
        <translation>Եթե լատինատառ տարբերակը լրացված չէ, այն կստացվի ռուսերեն գրությունից ըստ ICAO Doc 9303-ի (ցուցադրվում է մոխրագույնով)։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="185"/>
        <source>Пол и рождение</source>
        <translation>Սեռ և ծնունդ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="187"/>
        <source>Пол:</source>
        <translation>Սեռ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="188"/>
        <source>Дата рождения:</source>
        <translation>Ծննդյան ամսաթիվ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="189"/>
        <source>Место рождения:</source>
        <translation>Ծննդավայր:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="194"/>
        <source>Персональный номер</source>
        <translation>Անձնական համար</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="196"/>
        <source>определить по числу цифр</source>
        <translation>որոշել թվանշանների քանակով</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="206"/>
        <source>Номер:</source>
        <translation>Համար:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="207"/>
        <source>Вид:</source>
        <translation>Տեսակ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="213"/>
        <source>Примечания</source>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="244"/>
        <source>ИИН прошёл проверку: дата рождения {date}, пол {sex}.</source>
        <translation>ИИН-ը ստուգումն անցել է. ծննդյան ամսաթիվ՝ {date}, սեռ՝ {sex}։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="253"/>
        <source>Формат номера верный.</source>
        <translation>Համարի ձևաչափը ճիշտ է։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="258"/>
        <source>{message}. Это предупреждение: запись можно сохранить.</source>
        <translation>{message}։ Սա նախազգուշացում է. գրառումը կարելի է պահպանել։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="388"/>
        <source>MRZ: {errors}. Проверьте данные по документу.</source>
        <translation>MRZ՝ {errors}։ Ստուգեք տվյալները փաստաթղթով։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="394"/>
        <source>Данные заполнены из MRZ, контрольные цифры верны.</source>
        <translation>Տվյալները լրացվել են MRZ-ից, ստուգիչ թվանշանները ճիշտ են։</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="60"/>
        <source>MigDesk — Реестр лиц</source>
        <translation>MigDesk — Անձանց ռեեստր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="134"/>
        <source>&amp;Файл</source>
        <translation>&amp;Ֆայլ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="135"/>
        <source>Новое лицо</source>
        <translation>Նոր անձ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="140"/>
        <source>Найти лицо</source>
        <translation>Գտնել անձ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/demo_menu.py" line="45"/>
        <source>Заполнить демо-данными…</source>
        <translation>Լրացնել ցուցադրական տվյալներով…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="149"/>
        <source>Возможные дубликаты…</source>
        <translation>Հնարավոր կրկնօրինակներ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="155"/>
        <source>Заблокировать</source>
        <translation>Կողպել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="159"/>
        <source>Выход</source>
        <translation>Ելք</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="164"/>
        <source>&amp;Справка</source>
        <translation>&amp;Օգնություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/about_box.py" line="25"/>
        <location filename="../migdesk/ui/main_window.py" line="165"/>
        <source>О программе</source>
        <translation>Ծրագրի մասին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="170"/>
        <source>Хранилище: {name}</source>
        <translation>Պահոց՝ {name}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="172"/>
        <source>Пользователь: {user}</source>
        <translation>Օգտատեր՝ {user}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="205"/>
        <source>Записей: {count}</source>
        <translation>Գրառումներ՝ {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/about_box.py" line="17"/>
        <source>MigDesk {version}
Сборка: {commit} от {date}

Рабочее место сотрудников миграционных служб Республики Казахстан и Республики Армения по Соглашению о сотрудничестве в области миграции.

Данные хранятся только на этом компьютере, в зашифрованном хранилище.</source>
        <translation>MigDesk {version}
Կառուցում՝ {commit}, {date}

Միգրացիայի բնագավառում համագործակցության մասին համաձայնագրով Ղազախստանի Հանրապետության և Հայաստանի Հանրապետության միգրացիոն ծառայությունների աշխատակիցների աշխատատեղ։

Տվյալները պահվում են միայն այս համակարգչում՝ գաղտնագրված պահոցում։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="300"/>
        <source>Открыты карточки с изменениями, не сохранёнными до блокировки: {count}.</source>
        <translation>Բացվել են կողպումից առաջ չպահպանված փոփոխություններով քարտեր՝ {count}։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/demo_menu.py" line="72"/>
        <source>Остановлено: добавлено {count} демо-записей.</source>
        <translation>Դադարեցված է. ավելացվել է {count} ցուցադրական գրառում։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/demo_menu.py" line="74"/>
        <source>Добавлено {count} демо-записей.</source>
        <translation>Ավելացվել է {count} ցուցադրական գրառում։</translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="174"/>
        <source>Предпросмотр недоступен ({mime}).</source>
        <translation>Նախադիտումը հասանելի չէ ({mime})։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="183"/>
        <source>Фотографии</source>
        <translation>Լուսանկարներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="192"/>
        <source>Фотографий нет.</source>
        <translation>Լուսանկարներ չկան։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="193"/>
        <source>Добавить фото…</source>
        <translation>Ավելացնել լուսանկար…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="195"/>
        <source>Удалить фото</source>
        <translation>Հեռացնել լուսանկարը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="209"/>
        <location filename="../migdesk/ui/media_tab.py" line="310"/>
        <source>Дактилоскопическая карта</source>
        <translation>Մատնադրոշմային քարտ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="210"/>
        <source>Дактилокарта не загружена.</source>
        <translation>Մատնադրոշմային քարտը բեռնված չէ։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="211"/>
        <source>Загрузить…</source>
        <translation>Բեռնել…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="213"/>
        <source>Удалить</source>
        <translation>Հեռացնել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="279"/>
        <source>Фотография</source>
        <translation>Լուսանկար</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="279"/>
        <location filename="../migdesk/ui/media_tab.py" line="310"/>
        <source>Изображения (*.jpg *.jpeg *.png)</source>
        <translation>Պատկերներ (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="333"/>
        <source>Не удалось прочитать файл.</source>
        <translation>Չհաջողվեց կարդալ ֆայլը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="331"/>
        <source>Поддерживаются изображения JPEG и PNG.</source>
        <translation>Աջակցվում են JPEG և PNG պատկերները։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="388"/>
        <source>Фото № {number}: {message}</source>
        <translation>Լուսանկար № {number}՝ {message}</translation>
    </message>
</context>
<context>
    <name>MessageFields</name>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="69"/>
        <source>Стороны и регистрация</source>
        <translation>Կողմեր և գրանցում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="87"/>
        <source>Вид сообщения</source>
        <translation>Հաղորդագրության տեսակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="88"/>
        <source>Запрашивающий орган</source>
        <translation>Հայցող մարմին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="89"/>
        <source>Запрашиваемый орган</source>
        <translation>Հայցվող մարմին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="90"/>
        <source>Дата поступления</source>
        <translation>Ստացման ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="91"/>
        <source>Срок исполнения</source>
        <translation>Կատարման ժամկետ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="92"/>
        <source>Номер документа другой Стороны</source>
        <translation>Մյուս Կողմի փաստաթղթի համար</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="93"/>
        <source>Дата документа другой Стороны</source>
        <translation>Մյուս Կողմի փաստաթղթի ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="97"/>
        <source>Содержание (п.&#xa0;2 ст.&#xa0;9)</source>
        <translation>Բովանդակություն (հոդված&#xa0;9, կետ&#xa0;2)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="107"/>
        <source>Сообщение под сомнением</source>
        <translation>Կասկածելի հաղորդագրություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="108"/>
        <source>Существо</source>
        <translation>Էությունը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="109"/>
        <source>Цель</source>
        <translation>Նպատակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="110"/>
        <source>Обоснование</source>
        <translation>Հիմնավորում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="111"/>
        <source>Другая полезная информация</source>
        <translation>Այլ օգտակար տեղեկատվություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="112"/>
        <source>Сопроводительный текст (ст.&#xa0;8)</source>
        <translation>Ուղեկցող տեքստ (հոդված&#xa0;8)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="148"/>
        <location filename="../migdesk/ui/requests/request_fields.py" line="167"/>
        <source>— выберите сообщение —</source>
        <translation>— ընտրեք հաղորդագրությունը —</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="213"/>
        <source>{due} (30 календарных дней с даты поступления, п.&#xa0;3 ст.&#xa0;10)</source>
        <translation>{due} (ստացման օրվանից 30 օրացուցային օր, հոդված&#xa0;10, կետ&#xa0;3)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../migdesk/ui/messages.py" line="24"/>
        <source>Хранилище занято: другое окно MigDesk или команда сейчас записывает в него. Хранилище не изменено; повторите позже.</source>
        <translation>Պահոցը զբաղված է. MigDesk-ի այլ պատուհան կամ հրաման այժմ գրում է դրանում։ Պահոցը չի փոփոխվել։ Կրկնեք ավելի ուշ։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="30"/>
        <source>Внутренняя ошибка программы ({name}). Обратитесь к администратору.</source>
        <translation>Ծրագրի ներքին սխալ ({name})։ Դիմեք ադմինիստրատորին։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="41"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="54"/>
        <source>Ошибка</source>
        <translation>Սխալ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="91"/>
        <source>Несохранённые изменения</source>
        <translation>Չպահպանված փոփոխություններ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="92"/>
        <source>Сохранить изменения?</source>
        <translation>Պահպանե՞լ փոփոխությունները։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="96"/>
        <source>Сохранить</source>
        <translation>Պահպանել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="97"/>
        <source>Не сохранять</source>
        <translation>Չպահպանել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="98"/>
        <source>Отмена</source>
        <translation>Չեղարկել</translation>
    </message>
</context>
<context>
    <name>MrzDialog</name>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="33"/>
        <source>Вставить MRZ</source>
        <translation>Տեղադրել MRZ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="42"/>
        <source>Вставьте 2 строки по 44 символа (паспорт), 2 строки по 36 или 3 строки по 30 (ID-карта)</source>
        <translation>Տեղադրեք 44 նիշանոց 2 տող (անձնագիր), 36 նիշանոց 2 տող կամ 30 նիշանոց 3 տող (ID քարտ)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="59"/>
        <source>Данные сверены с документом — заполнить, несмотря на ошибки</source>
        <translation>Տվյալները համեմատվել են փաստաթղթի հետ. լրացնել՝ չնայած սխալներին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="66"/>
        <source>Заполнить</source>
        <translation>Լրացնել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="68"/>
        <source>Отмена</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="76"/>
        <source>Будут заполнены латинские фамилия и имя, пол, дата рождения, гражданство и паспорт (документ).</source>
        <translation>Կլրացվեն լատինատառ ազգանունն ու անունը, սեռը, ծննդյան ամսաթիվը, քաղաքացիությունը և անձնագիրը (փաստաթուղթը)։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="123"/>
        <source>{name}; пол: {sex}; дата рождения: {birth}; гражданство: {nationality}; документ № {number}, действителен до {expiry}</source>
        <translation>{name}; սեռ՝ {sex}; ծննդյան ամսաթիվ՝ {birth}; քաղաքացիություն՝ {nationality}; փաստաթուղթ № {number}, վավեր է մինչև {expiry}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="181"/>
        <source>Смена пароля</source>
        <translation>Գաղտնաբառի փոփոխում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="182"/>
        <source>Сменить пароль</source>
        <translation>Փոխել գաղտնաբառը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="184"/>
        <source>Сброс пароля</source>
        <translation>Գաղտնաբառի վերակայում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="185"/>
        <source>Задать пароль</source>
        <translation>Սահմանել գաղտնաբառ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="195"/>
        <source>Пользователь:</source>
        <translation>Օգտատեր:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="197"/>
        <source>Текущий пароль:</source>
        <translation>Ընթացիկ գաղտնաբառ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="198"/>
        <source>Новый пароль:</source>
        <translation>Նոր գաղտնաբառ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="200"/>
        <source>Повторите пароль:</source>
        <translation>Կրկնեք գաղտնաբառը:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="206"/>
        <source>Пароль передайте пользователю лично; хранилище не перешифровывается, меняется только его ключевой слот.</source>
        <translation>Գաղտնաբառը հանձնեք օգտատիրոջն անձամբ. պահոցը չի վերագաղտնագրվում, փոխվում է միայն նրա բանալու սլոտը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="220"/>
        <source>Пароли не совпадают.</source>
        <translation>Գաղտնաբառերը չեն համընկնում։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="239"/>
        <source>Текущий пароль указан неверно.</source>
        <translation>Ընթացիկ գաղտնաբառը սխալ է։</translation>
    </message>
</context>
<context>
    <name>PasswordRule</name>
    <message numerus="yes">
        <location filename="../migdesk/ui/password_rule.py" line="33"/>
        <source>не меньше %n символов</source>
        <translation>
            <numerusform>առնվազն %n նիշ</numerusform>
            <numerusform>առնվազն %n նիշ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../migdesk/ui/password_rule.py" line="42"/>
        <source>Не меньше %n символов; не из числа известных простых паролей (12345678, qwerty, пароль…) и без имени пользователя.</source>
        <translation>
            <numerusform>Առնվազն %n նիշ. ոչ հայտնի պարզ գաղտնաբառերից (12345678, qwerty, password…) և առանց օգտատիրոջ անվան։</numerusform>
            <numerusform>Առնվազն %n նիշ. ոչ հայտնի պարզ գաղտնաբառերից (12345678, qwerty, password…) և առանց օգտատիրոջ անվան։</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="63"/>
        <source>Смените пароль</source>
        <translation>Փոխեք գաղտնաբառը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="64"/>
        <source>Ваш пароль не отвечает действующему правилу паролей: {rule} Он пока действует, но смените его сейчас — хранилище защищено только паролями его пользователей.</source>
        <translation>Ձեր գաղտնաբառը չի համապատասխանում գործող գաղտնաբառի կանոնին. {rule} Այն դեռ գործում է, բայց փոխեք այն հիմա. պահոցը պաշտպանված է միայն իր օգտատերերի գաղտնաբառերով։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="74"/>
        <source>Сменить пароль…</source>
        <translation>Փոխել գաղտնաբառը…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="78"/>
        <source>Позже</source>
        <translation>Ավելի ուշ</translation>
    </message>
</context>
<context>
    <name>PasswordRuleDialog</name>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="100"/>
        <source>Правило паролей</source>
        <translation>Գաղտնաբառի կանոն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="109"/>
        <source>Сохранить</source>
        <translation>Պահպանել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="110"/>
        <source>Отмена</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="107"/>
        <source>Новый пароль не короче, символов:</source>
        <translation>Նոր գաղտնաբառն առնվազն, նիշ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="102"/>
        <source>Действует для новых паролей всех пользователей этого хранилища; меньше 10 символов задать нельзя. Известные простые пароли и пароли с именем пользователя не принимаются при любой длине. Прежние пароли продолжают действовать, но их владельцам после входа предлагается их сменить.</source>
        <translation>Գործում է այս պահոցի բոլոր օգտատերերի նոր գաղտնաբառերի համար. 10 նիշից պակաս սահմանել հնարավոր չէ։ Հայտնի պարզ գաղտնաբառերը և օգտատիրոջ անունը պարունակող գաղտնաբառերը չեն ընդունվում ցանկացած երկարության դեպքում։ Նախկին գաղտնաբառերը շարունակում են գործել, բայց դրանց տերերին մուտքից հետո առաջարկվում է փոխել դրանք։</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="46"/>
        <source>◀ Предыдущая</source>
        <translation>◀ Նախորդ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="48"/>
        <source>Следующая ▶</source>
        <translation>Հաջորդ ▶</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="57"/>
        <source>По ширине</source>
        <translation>Ըստ լայնության</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="58"/>
        <source>Страница целиком</source>
        <translation>Ամբողջ էջը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="67"/>
        <source>Страница</source>
        <translation>Էջ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="72"/>
        <source>Масштаб</source>
        <translation>Մասշտաբ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="154"/>
        <source>из {count}</source>
        <translation>{count}-ից</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="42"/>
        <source>ФИО</source>
        <translation>Ա.Ա.Հ.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="43"/>
        <source>ФИО латиницей</source>
        <translation>Ա.Ա.Հ. լատինատառ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="44"/>
        <source>Дата рождения</source>
        <translation>Ծննդյան ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="45"/>
        <source>Пол</source>
        <translation>Սեռ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="46"/>
        <source>Гражданство</source>
        <translation>Քաղաքացիություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="47"/>
        <source>Персональный номер</source>
        <translation>Անձնական համար</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="48"/>
        <source>Документы</source>
        <translation>Փաստաթղթեր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="49"/>
        <source>Место рождения</source>
        <translation>Ծննդավայր</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="116"/>
        <source>Основные сведения</source>
        <translation>Հիմնական տվյալներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="124"/>
        <source>Документы</source>
        <translation>Փաստաթղթեր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="126"/>
        <source>Ответственность</source>
        <translation>Պատասխանատվություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="129"/>
        <source>Учёт (регистрация)</source>
        <translation>Հաշվառում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="130"/>
        <source>Проживание и работа</source>
        <translation>Կացություն, աշխատանք</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="131"/>
        <source>Гражданство</source>
        <translation>Քաղաքացիություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="132"/>
        <source>Въезд/выезд</source>
        <translation>Մուտք/ելք</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="133"/>
        <source>Фото и дактилокарта</source>
        <translation>Լուսանկար, մատնահետքեր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="63"/>
        <location filename="../migdesk/ui/person_form.py" line="134"/>
        <source>Семья</source>
        <translation>Ընտանիք</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="135"/>
        <source>История</source>
        <translation>Պատմություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="140"/>
        <source>Сохранить</source>
        <translation>Պահպանել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="143"/>
        <source>Закрыть</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="151"/>
        <source>Сведения о лице (PDF)…</source>
        <translation>Տեղեկություններ անձի մասին (PDF)…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="249"/>
        <source>Загрузка карточки…</source>
        <translation>Քարտը բեռնվում է…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="251"/>
        <source>Загрузка карточки… — MigDesk</source>
        <translation>Քարտը բեռնվում է… — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="293"/>
        <source>Новое лицо — MigDesk</source>
        <translation>Նոր անձ — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="296"/>
        <source>без имени</source>
        <translation>առանց անվան</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="297"/>
        <source>{name} — MigDesk</source>
        <translation>{name} — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_card_save.py" line="270"/>
        <source>Запись сохранена.</source>
        <translation>Գրառումը պահպանված է։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_card_save.py" line="273"/>
        <source>Предупреждения:</source>
        <translation>Նախազգուշացումներ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_card_save.py" line="277"/>
        <source>Возможные дубликаты:</source>
        <translation>Հնարավոր կրկնօրինակներ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_card_save.py" line="279"/>
        <source>Сохранено с предупреждениями</source>
        <translation>Պահպանված է նախազգուշացումներով</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_card_save.py" line="364"/>
        <source>Запись не сохранена: исправьте отмеченные поля.</source>
        <translation>Գրառումը չի պահպանվել. ուղղեք նշված դաշտերը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_card_fill.py" line="70"/>
        <source>Восстановлены изменения, не сохранённые до автоматической блокировки ({moment}). Проверьте их и сохраните или закройте карточку без сохранения.</source>
        <translation>Վերականգնվել են ավտոմատ կողպումից առաջ չպահպանված փոփոխությունները ({moment})։ Ստուգեք դրանք և պահպանեք կամ փակեք քարտն առանց պահպանման։</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="59"/>
        <source>Выбор лиц из реестра</source>
        <translation>Անձանց ընտրություն ռեեստրից</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="63"/>
        <source>Фамилия, имя, номер документа или дата рождения</source>
        <translation>Ազգանուն, անուն, փաստաթղթի համար կամ ծննդյան ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="66"/>
        <source>Найти</source>
        <translation>Գտնել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="72"/>
        <source>Добавить выбранных</source>
        <translation>Ավելացնել ընտրվածներին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="75"/>
        <source>Закрыть</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="89"/>
        <source>Показываются первые {limit} совпадений.</source>
        <translation>Ցուցադրված են առաջին {limit} համընկնումները։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="107"/>
        <source>Найдено: {count}</source>
        <translation>Գտնվել է՝ {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="107"/>
        <source>Никого.</source>
        <translation>Ոչ ոք։</translation>
    </message>
</context>
<context>
    <name>PersonsPanel</name>
    <message>
        <location filename="../migdesk/ui/requests/request_persons.py" line="37"/>
        <source>Лица и категории сведений (ст.&#xa0;5)</source>
        <translation>Անձինք և տեղեկությունների կատեգորիաներ (հոդված&#xa0;5)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_persons.py" line="44"/>
        <source>Добавить из реестра…</source>
        <translation>Ավելացնել ռեեստրից…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_persons.py" line="46"/>
        <source>Убрать</source>
        <translation>Հեռացնել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_persons.py" line="57"/>
        <source>Лица</source>
        <translation>Անձինք</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_persons.py" line="70"/>
        <source>Запрашиваемые сведения</source>
        <translation>Հայցվող տեղեկություններ</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../migdesk/ui/documents/printing.py" line="50"/>
        <source>Документ не удалось подготовить к печати.</source>
        <translation>Չհաջողվեց փաստաթուղթը պատրաստել տպման։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/printing.py" line="72"/>
        <source>Не удалось начать печать: принтер недоступен.</source>
        <translation>Չհաջողվեց սկսել տպումը. տպիչը հասանելի չէ։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/printing.py" line="78"/>
        <source>Принтер прервал печать.</source>
        <translation>Տպիչն ընդհատեց տպումը։</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="162"/>
        <source>Данные для писем: {name}</source>
        <translation>Տվյալներ գրությունների համար՝ {name}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="169"/>
        <source>Сохранить</source>
        <translation>Պահպանել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="172"/>
        <source>Фамилия, имя, отчество</source>
        <translation>Ազգանուն, անուն, հայրանուն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="173"/>
        <source>Должность</source>
        <translation>Պաշտոն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="174"/>
        <source>Телефон</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="179"/>
        <source>Печатается в отметке об исполнителе, в реестре передачи и в акте об уничтожении. Без ФИО отметка об исполнителе не печатается.</source>
        <translation>Տպվում է կատարողի մասին նշումում, հանձնման ռեեստրում և ոչնչացման ակտում։ Առանց Ա.Ա.Հ.-ի կատարողի մասին նշումը չի տպվում։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="186"/>
        <source>Отмена</source>
        <translation>Չեղարկել</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="70"/>
        <source>№ {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="71"/>
        <source>№ {number} от {day}</source>
        <translation>№ {number}, {day}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="79"/>
        <source>Письмо: подписано, сохранено {when}; открыть — двойной щелчок</source>
        <translation>Գրություն՝ ստորագրված, պահպանված {when}; բացել՝ կրկնակի սեղմումով</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="98"/>
        <source>Действия (ст.&#xa0;10)</source>
        <translation>Գործողություններ (հոդված&#xa0;10)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="105"/>
        <source>Ход исполнения</source>
        <translation>Կատարման ընթացք</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="109"/>
        <source>Дата</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="110"/>
        <source>Шаг</source>
        <translation>Քայլ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="111"/>
        <source>Кто</source>
        <translation>Ով</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="112"/>
        <source>Номер письма</source>
        <translation>Գրության համար</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="113"/>
        <source>Текст</source>
        <translation>Տեքստ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="150"/>
        <source>«{action}» сейчас недоступно: состояние «{state}».</source>
        <translation>«{action}» գործողությունը հիմա հասանելի չէ. վիճակը՝ «{state}»։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="157"/>
        <source>Шаги появятся после сохранения.</source>
        <translation>Քայլերը կհայտնվեն պահպանելուց հետո։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="182"/>
        <source>Для этого сообщения шагов исполнения нет.</source>
        <translation>Այս հաղորդագրության համար կատարման քայլեր չկան։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="206"/>
        <source>Сначала сохраните проект.</source>
        <translation>Նախ պահպանեք նախագիծը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="246"/>
        <source>Подписал: {who}, {day}</source>
        <translation>Ստորագրել է՝ {who}, {day}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="251"/>
        <source>Направлен: {day}</source>
        <translation>Ուղարկվել է՝ {day}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="253"/>
        <source>Завершён: {day}</source>
        <translation>Ավարտվել է՝ {day}</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="36"/>
        <source>Предложить уничтожение</source>
        <translation>Առաջարկել ոչնչացում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="42"/>
        <source>Уничтожение утверждает другой пользователь — руководитель (правило «четырёх глаз»). Основание войдёт в акт об уничтожении; акт составляется на русском языке.</source>
        <translation>Ոչնչացումը հաստատում է այլ օգտատեր՝ ղեկավարը («չորս աչքի» կանոն)։ Հիմքը կներառվի ոչնչացման ակտում. ակտը կազմվում է ռուսերեն։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="50"/>
        <source>Срок хранения истекает {date}: уничтожение досрочное. Укажите его основание, например просьбу предоставившей стороны или решение руководителя.</source>
        <translation>Պահպանման ժամկետը լրանում է {date}. ոչնչացումը վաղաժամ է։ Նշեք դրա հիմքը, օրինակ՝ տրամադրող կողմի խնդրանքը կամ ղեկավարի որոշումը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="66"/>
        <source>Запись:</source>
        <translation>Գրառում:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="68"/>
        <source>Хранить до:</source>
        <translation>Պահել մինչև:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="69"/>
        <source>Основание:</source>
        <translation>Հիմք:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="71"/>
        <source>Предложить</source>
        <translation>Առաջարկել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="73"/>
        <source>Отмена</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="96"/>
        <source>Укажите основание: оно войдёт в акт об уничтожении.</source>
        <translation>Նշեք հիմքը. այն կներառվի ոչնչացման ակտում։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="99"/>
        <source>Срок хранения ещё не истёк: «истечение срока хранения» не может быть основанием.</source>
        <translation>Պահպանման ժամկետը դեռ չի լրացել. «պահպանման ժամկետի լրանալը» չի կարող հիմք լինել։</translation>
    </message>
</context>
<context>
    <name>ProvenanceBanner</name>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="55"/>
        <source>надёжный</source>
        <translation>հուսալի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="56"/>
        <source>как правило надёжный</source>
        <translation>սովորաբար հուսալի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="57"/>
        <source>недостаточно надёжный</source>
        <translation>ոչ բավարար հուսալի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="58"/>
        <source>ненадёжный</source>
        <translation>անհուսալի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="59"/>
        <location filename="../migdesk/ui/provenance_banner.py" line="66"/>
        <source>не оценена</source>
        <translation>գնահատված չէ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="62"/>
        <source>подтверждены</source>
        <translation>հաստատված են</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="63"/>
        <source>вероятно достоверны</source>
        <translation>հավանաբար արժանահավատ են</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="64"/>
        <source>возможно достоверны</source>
        <translation>հնարավոր է՝ արժանահավատ են</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="65"/>
        <source>сомнительны</source>
        <translation>կասկածելի են</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="78"/>
        <source>Источник: {authority}</source>
        <translation>Աղբյուր՝ {authority}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="84"/>
        <source>пакет № {number} от {date}</source>
        <translation>փաթեթ № {number}, {date}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="88"/>
        <source>пакет № {number}</source>
        <translation>փաթեթ № {number}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="92"/>
        <source>запрос № {number} от {date}</source>
        <translation>հարցում № {number}, {date}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="106"/>
        <source>цель: {purpose}</source>
        <translation>նպատակ՝ {purpose}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="107"/>
        <source>передача третьим лицам только с письменного согласия предоставившей стороны (ст.&#xa0;11.3)</source>
        <translation>երրորդ անձանց փոխանցում՝ միայն տրամադրող կողմի գրավոր համաձայնությամբ (հոդված&#xa0;11.3)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="113"/>
        <source>предоставившая сторона не ограничила передачу третьим лицам</source>
        <translation>տրամադրող կողմը չի սահմանափակել երրորդ անձանց փոխանցումը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="119"/>
        <source>хранить до {date} (ст.&#xa0;11.5)</source>
        <translation>պահել մինչև {date} (հոդված&#xa0;11.5)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="127"/>
        <source>надёжность источника {grade} — {label}</source>
        <translation>աղբյուրի հուսալիություն {grade} — {label}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="134"/>
        <source>достоверность сведений {grade} — {label}</source>
        <translation>տեղեկությունների արժանահավատություն {grade} — {label}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="160"/>
        <source>Происхождение и ограничения обработки</source>
        <translation>Ծագում և մշակման սահմանափակումներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="161"/>
        <source>Запросить согласие…</source>
        <translation>Հայցել համաձայնություն…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="164"/>
        <source>Согласие предоставившей стороны на передачу или иное использование (ст.&#xa0;11)</source>
        <translation>Տրամադրող կողմի համաձայնությունը փոխանցման կամ այլ օգտագործման համար (հոդված&#xa0;11)</translation>
    </message>
</context>
<context>
    <name>ReceivedPanel</name>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="142"/>
        <source>Орган другой Стороны</source>
        <translation>Մյուս Կողմի մարմին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="143"/>
        <source>Год</source>
        <translation>Տարի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="144"/>
        <source>По состоянию на</source>
        <translation>Դրությամբ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="145"/>
        <source>Получено</source>
        <translation>Ստացվել է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="146"/>
        <source>Лиц всего</source>
        <translation>Ընդամենը անձինք</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="153"/>
        <source>Месяц</source>
        <translation>Ամիս</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="154"/>
        <source>Орган</source>
        <translation>Մարմին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="155"/>
        <source>Направлено</source>
        <translation>Ուղարկված</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="156"/>
        <source>Поступило</source>
        <translation>Ստացված</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="157"/>
        <source>Исполнено</source>
        <translation>Կատարված</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="158"/>
        <source>Отказано</source>
        <translation>Մերժված</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="159"/>
        <source>Частично</source>
        <translation>Մասնակի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="160"/>
        <source>Ответов
получено</source>
        <translation>Ստացված
պատասխաններ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="161"/>
        <source>Отказов
получено</source>
        <translation>Ստացված
մերժումներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="162"/>
        <source>С нарушением
срока</source>
        <translation>Ժամկետի
խախտմամբ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="185"/>
        <source>Загрузка…</source>
        <translation>Բեռնվում է…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="205"/>
        <source>Получено сведений: {count}</source>
        <translation>Ստացված տվյալներ՝ {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="207"/>
        <source>Статистических сведений от другой Стороны не поступало.</source>
        <translation>Մյուս Կողմից վիճակագրական տվյալներ չեն ստացվել։</translation>
    </message>
</context>
<context>
    <name>RegisterPrinter</name>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="40"/>
        <source>Реестр передачи пакетов</source>
        <translation>Փաթեթների հանձնման ռեեստր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="41"/>
        <source>Документы PDF (*.pdf)</source>
        <translation>PDF փաստաթղթեր (*.pdf)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="42"/>
        <source>Реестр передачи пакетов {date}.pdf</source>
        <translation>Փաթեթների հանձնման ռեեստր {date}.pdf</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="58"/>
        <source>Составление реестра передачи…</source>
        <translation>Հանձնման ռեեստրի կազմում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="69"/>
        <source>Реестр составлен</source>
        <translation>Ռեեստրը կազմված է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="70"/>
        <source>Реестр передачи сохранён: {path}
Пакетов в реестре: {count}.</source>
        <translation>Հանձնման ռեեստրը պահպանված է՝ {path}
Փաթեթներ ռեեստրում՝ {count}։</translation>
    </message>
</context>
<context>
    <name>RegistriesWindow</name>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="30"/>
        <source>Справочники — MigDesk</source>
        <translation>Տեղեկատուներ — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="45"/>
        <source>Компетентные органы (ст.&#xa0;2)</source>
        <translation>Իրավասու մարմիններ (հոդված&#xa0;2)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="46"/>
        <source>Соглашение (ст.&#xa0;17)</source>
        <translation>Համաձայնագիր (հոդված&#xa0;17)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="47"/>
        <source>Подписанты и бланки (п.&#xa0;3, 4 ст.&#xa0;9)</source>
        <translation>Ստորագրողներ և ձևաթղթեր (հոդված&#xa0;9, կետեր&#xa0;3, 4)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="48"/>
        <source>Журналы регистрации</source>
        <translation>Գրանցման մատյաններ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="51"/>
        <source>Изменять справочники могут администратор и руководитель; остальным — просмотр.</source>
        <translation>Տեղեկատուները կարող են փոփոխել ադմինիստրատորը և ղեկավարը. մյուսները՝ միայն դիտել։</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="36"/>
        <source>Фамилия</source>
        <translation>Ազգանուն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="37"/>
        <source>Имя</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="38"/>
        <source>Отчество</source>
        <translation>Հայրանուն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="39"/>
        <source>Латиницей</source>
        <translation>Լատինատառ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="40"/>
        <source>Пол</source>
        <translation>Սեռ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="41"/>
        <source>Дата рождения</source>
        <translation>Ծննդյան ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="42"/>
        <source>Гражданство</source>
        <translation>Քաղաքացիություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="43"/>
        <source>Документ</source>
        <translation>Փաստաթուղթ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="44"/>
        <source>Получено от</source>
        <translation>Ումից է ստացվել</translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="197"/>
        <source>Только администратор или руководитель</source>
        <translation>Միայն ադմինիստրատոր կամ ղեկավար</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../migdesk/ui/registry.py" line="63"/>
        <source>Поиск: фамилия, имя (кириллицей или латиницей), номер документа, дата рождения</source>
        <translation>Որոնում՝ ազգանուն, անուն (կիրիլիցայով կամ լատինատառ), փաստաթղթի համար, ծննդյան ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="69"/>
        <source>Любое гражданство</source>
        <translation>Ցանկացած քաղաքացիություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="73"/>
        <source>Любой пол</source>
        <translation>Ցանկացած սեռ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="88"/>
        <source>Остановить</source>
        <translation>Դադարեցնել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="91"/>
        <source>Новое лицо</source>
        <translation>Նոր անձ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="93"/>
        <source>Открыть</source>
        <translation>Բացել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="225"/>
        <source>Поиск остановлен.</source>
        <translation>Որոնումը դադարեցվեց։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="244"/>
        <source>Найдено: {count}</source>
        <translation>Գտնվել է՝ {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="246"/>
        <source>Ничего не найдено.</source>
        <translation>Ոչինչ չի գտնվել։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="249"/>
        <source>Реестр пуст. Добавьте лицо кнопкой «Новое лицо» или демо-данные (меню «Файл»).</source>
        <translation>Ռեեստրը դատարկ է։ Ավելացրեք անձ «Նոր անձ» կոճակով կամ ցուցադրական տվյալներ («Ֆայլ» ընտրացանկ)։</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="64"/>
        <source>Отчёт PDF…</source>
        <translation>PDF հաշվետվություն…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="70"/>
        <source>Отчёт за месяцы с</source>
        <translation>Հաշվետվություն ամիսների համար՝ սկսած</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="72"/>
        <source>по</source>
        <translation>մինչև</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="81"/>
        <source>Сохранить отчёт о статистике</source>
        <translation>Պահպանել վիճակագրական հաշվետվությունը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="82"/>
        <source>Документы PDF (*.pdf)</source>
        <translation>PDF փաստաթղթեր (*.pdf)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="83"/>
        <source>Статистика {start} — {end}.pdf</source>
        <translation>Վիճակագրություն {start} — {end}.pdf</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="99"/>
        <source>Отчёт составляется…</source>
        <translation>Հաշվետվությունը կազմվում է…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="104"/>
        <source>Составление отчёта о статистике…</source>
        <translation>Վիճակագրական հաշվետվության կազմում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="122"/>
        <source>Отчёт сохранён: {name}</source>
        <translation>Հաշվետվությունը պահպանված է՝ {name}</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="14"/>
        <source>Зарегистрирован</source>
        <translation>Գրանցված է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="15"/>
        <source>Взять в работу</source>
        <translation>Վերցնել աշխատանքի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="16"/>
        <source>Запросить дополнительные сведения…</source>
        <translation>Հայցել լրացուցիչ տեղեկություններ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="17"/>
        <source>Дополнительные сведения получены</source>
        <translation>Լրացուցիչ տեղեկությունները ստացվել են</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="18"/>
        <source>Уведомить о препятствиях или задержке…</source>
        <translation>Ծանուցել խոչընդոտների կամ ուշացման մասին…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="19"/>
        <source>Отложить или поставить условия…</source>
        <translation>Հետաձգել կամ պայմաններ սահմանել…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="20"/>
        <source>Возобновить исполнение</source>
        <translation>Վերսկսել կատարումը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="21"/>
        <source>Ответить…</source>
        <translation>Պատասխանել…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="22"/>
        <source>Отказать в исполнении…</source>
        <translation>Մերժել կատարումը…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="23"/>
        <source>Исполнить частично…</source>
        <translation>Կատարել մասնակի…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="24"/>
        <source>Отозван другой Стороной</source>
        <translation>Հետ է կանչվել մյուս Կողմի կողմից</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="25"/>
        <source>Уведомить: без нарушения конфиденциальности не исполнить…</source>
        <translation>Ծանուցել. առանց գաղտնիությունը խախտելու հնարավոր չէ կատարել…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="28"/>
        <source>Другая Сторона согласна на исполнение без конфиденциальности…</source>
        <translation>Մյուս Կողմը համաձայն է կատարմանն առանց գաղտնիության…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="31"/>
        <source>Другая Сторона отозвала запрос (конфиденциальность)…</source>
        <translation>Մյուս Կողմը հետ է կանչել հարցումը (գաղտնիություն)…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="37"/>
        <source>Создан проект</source>
        <translation>Նախագիծը ստեղծվել է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="38"/>
        <source>Подписать…</source>
        <translation>Ստորագրել…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="39"/>
        <source>Направить</source>
        <translation>Ուղարկել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="40"/>
        <source>Аннулировать проект</source>
        <translation>Չեղյալ համարել նախագիծը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="41"/>
        <source>Другая Сторона просит дополнительные сведения…</source>
        <translation>Մյուս Կողմը խնդրում է լրացուցիչ տեղեկություններ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="42"/>
        <source>Дополнительные сведения направлены</source>
        <translation>Լրացուցիչ տեղեկություններն ուղարկվել են</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="43"/>
        <source>Получено уведомление о препятствиях…</source>
        <translation>Ստացվել է ծանուցում խոչընդոտների մասին…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="44"/>
        <source>Получено уведомление об отсрочке…</source>
        <translation>Ստացվել է ծանուցում հետաձգման մասին…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="45"/>
        <source>Исполнение возобновлено</source>
        <translation>Կատարումը վերսկսվել է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="46"/>
        <source>Получен ответ…</source>
        <translation>Ստացվել է պատասխան…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="47"/>
        <source>Получен отказ…</source>
        <translation>Ստացվել է մերժում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="48"/>
        <source>Получен частичный отказ…</source>
        <translation>Ստացվել է մասնակի մերժում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="49"/>
        <source>Отозвать запрос</source>
        <translation>Հետ կանչել հարցումը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="50"/>
        <source>Получено уведомление: конфиденциальность не соблюсти…</source>
        <translation>Ծանուցում. գաղտնիությունը չի պահպանվի…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="53"/>
        <source>Согласиться на исполнение без конфиденциальности…</source>
        <translation>Համաձայնել կատարմանն առանց գաղտնիության…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="56"/>
        <source>Отозвать запрос: конфиденциальность не соблюсти…</source>
        <translation>Հետ կանչել հարցումը. գաղտնիությունը չի պահպանվի…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="55"/>
        <source>Запрос согласия предоставившей стороны — MigDesk</source>
        <translation>Համաձայնության հարցում տրամադրող կողմին — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="62"/>
        <source>Передать другому органу (ст.&#xa0;11.3)</source>
        <translation>Փոխանցել այլ մարմնի (հոդված&#xa0;11.3)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="63"/>
        <source>Использовать для другой цели (ст.&#xa0;11.2)</source>
        <translation>Օգտագործել այլ նպատակով (հոդված&#xa0;11.2)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="79"/>
        <source>код органа, например KZ-MTSZN</source>
        <translation>մարմնի կոդ, օրինակ՝ KZ-MTSZN</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="93"/>
        <source>Для чего нужна передача или иное использование сведений</source>
        <translation>Ինչի համար է անհրաժեշտ տեղեկությունների փոխանցումը կամ այլ օգտագործումը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="98"/>
        <source>Запись:</source>
        <translation>Գրառում:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="100"/>
        <source>Получена от:</source>
        <translation>Ստացվել է:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="101"/>
        <source>Получена для цели:</source>
        <translation>Ստացվել է նպատակով:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="102"/>
        <source>Запрашиваем:</source>
        <translation>Հայցում ենք:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="103"/>
        <source>Цель запроса:</source>
        <translation>Հարցման նպատակը:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="105"/>
        <source>Записать запрос</source>
        <translation>Գրանցել հարցումը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="114"/>
        <source>Укажите орган, которому нужно передать сведения.</source>
        <translation>Նշեք այն մարմինը, որին պետք է փոխանցել տեղեկությունները։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="125"/>
        <source>Запрос согласия записан. Он уйдёт со следующим пакетом в {authority} («Обмен» → «Выгрузить пакет…»).</source>
        <translation>Համաձայնության հարցումը գրանցվել է։ Այն կուղարկվի {authority}-ին հաջորդ փաթեթով («Փոխանակում» → «Արտահանել փաթեթը…»)։</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../migdesk/ui/kit.py" line="124"/>
        <source>{size} КБ</source>
        <translation>{size} ԿԲ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="119"/>
        <source>Запрос</source>
        <translation>Հարցում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="120"/>
        <source>Информация без запроса</source>
        <translation>Տեղեկատվություն առանց հարցման</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="121"/>
        <source>Запрос о подтверждении</source>
        <translation>Հաստատման հարցում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="128"/>
        <source>входящий</source>
        <translation>մուտքային</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="129"/>
        <source>исходящий</source>
        <translation>ելքային</translation>
    </message>
</context>
<context>
    <name>RequestListView</name>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="63"/>
        <source>Входящие и исходящие</source>
        <translation>Մուտքային և ելքային</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="64"/>
        <source>Входящие</source>
        <translation>Մուտքային</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="65"/>
        <source>Исходящие</source>
        <translation>Ելքային</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="67"/>
        <source>Любое состояние</source>
        <translation>Ցանկացած վիճակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="72"/>
        <source>Любой компетентный орган</source>
        <translation>Ցանկացած իրավասու մարմին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="73"/>
        <source>Только просроченные</source>
        <translation>Միայն ժամկետանցները</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="75"/>
        <source>Состояние запросов на конец этого дня</source>
        <translation>Հարցումների վիճակն այս օրվա վերջի դրությամբ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="86"/>
        <source>на дату</source>
        <translation>ամսաթվով</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="90"/>
        <source>Новый запрос</source>
        <translation>Նոր հարցում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="92"/>
        <source>Зарегистрировать входящий…</source>
        <translation>Գրանցել մուտքայինը…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="94"/>
        <source>Информация без запроса (ст.&#xa0;8)</source>
        <translation>Տեղեկատվություն առանց հարցման (հոդված&#xa0;8)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="98"/>
        <source>Открыть</source>
        <translation>Բացել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="102"/>
        <source>Подписать и напечатать…</source>
        <translation>Ստորագրել և տպել…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="103"/>
        <source>Выберите запросы (Ctrl или Shift + щелчок)</source>
        <translation>Ընտրեք հարցումները (Ctrl կամ Shift + սեղմում)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="120"/>
        <source>Номер</source>
        <translation>Համար</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="121"/>
        <source>Вид</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="122"/>
        <source>Направление</source>
        <translation>Ուղղություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="123"/>
        <source>Другая Сторона</source>
        <translation>Մյուս Կողմ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="124"/>
        <source>Состояние</source>
        <translation>Վիճակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="125"/>
        <source>Поступил / направлен</source>
        <translation>Ստացվել / ուղարկվել է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="126"/>
        <source>Срок</source>
        <translation>Ժամկետ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="127"/>
        <source>Существо</source>
        <translation>Էությունը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="203"/>
        <source>Показано: {count}</source>
        <translation>Ցուցադրված է՝ {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="205"/>
        <source>Запросов нет.</source>
        <translation>Հարցումներ չկան։</translation>
    </message>
</context>
<context>
    <name>RequestScreens</name>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="67"/>
        <source>Сроки исполнения</source>
        <translation>Կատարման ժամկետներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="69"/>
        <source>Реестр лиц</source>
        <translation>Անձանց ռեեստր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="70"/>
        <source>Запросы</source>
        <translation>Հարցումներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="81"/>
        <source>С&amp;правочники</source>
        <translation>&amp;Տեղեկատուներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="83"/>
        <source>Компетентные органы, Соглашение, подписанты, журналы…</source>
        <translation>Իրավասու մարմիններ, Համաձայնագիր, ստորագրողներ, մատյաններ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="88"/>
        <source>Тематическая информация (ст.&#xa0;4)…</source>
        <translation>Թեմատիկ տեղեկատվություն (հոդված&#xa0;4)…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="93"/>
        <source>С&amp;татистика</source>
        <translation>&amp;Վիճակագրություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="94"/>
        <source>Статистика запросов (ст.&#xa0;3)…</source>
        <translation>Հարցումների վիճակագրություն (հոդված&#xa0;3)…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="215"/>
        <source>Открыты тематические сведения, не сохранённые до блокировки или сбоя: {count}.</source>
        <translation>Բացվել են կողպումից կամ խափանումից առաջ չպահպանված թեմատիկ տեղեկություններ՝ {count}։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="223"/>
        <source>Открыты запросы с текстом, не сохранённым до блокировки: {count}.</source>
        <translation>Բացվել են կողպումից առաջ չպահպանված տեքստով հարցումներ՝ {count}։</translation>
    </message>
</context>
<context>
    <name>RequestSteps</name>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="68"/>
        <source>Зарегистрирован</source>
        <translation>Գրանցված է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="69"/>
        <source>Взят в работу</source>
        <translation>Վերցվել է աշխատանքի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="70"/>
        <source>Запрошены дополнительные сведения</source>
        <translation>Հայցվել են լրացուցիչ տեղեկություններ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="71"/>
        <source>Дополнительные сведения получены</source>
        <translation>Լրացուցիչ տեղեկությունները ստացվել են</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="72"/>
        <source>Направлено уведомление о препятствиях</source>
        <translation>Ուղարկվել է ծանուցում խոչընդոտների մասին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="73"/>
        <source>Исполнение отложено или поставлены условия</source>
        <translation>Կատարումը հետաձգվել է կամ սահմանվել են պայմաններ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="74"/>
        <location filename="../migdesk/ui/request_labels.py" line="99"/>
        <source>Исполнение возобновлено</source>
        <translation>Կատարումը վերսկսվել է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="75"/>
        <source>Направлен ответ</source>
        <translation>Ուղարկվել է պատասխան</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="76"/>
        <source>Отказано в исполнении</source>
        <translation>Կատարումը մերժվել է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="77"/>
        <source>Исполнен частично</source>
        <translation>Կատարվել է մասնակի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="78"/>
        <source>Отозван другой Стороной</source>
        <translation>Հետ է կանչվել մյուս Կողմի կողմից</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="79"/>
        <source>Сообщено: без нарушения конфиденциальности не исполнить</source>
        <translation>Ծանուցվել է. առանց գաղտնիությունը խախտելու հնարավոր չէ կատարել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="82"/>
        <source>Другая Сторона согласна на исполнение без конфиденциальности</source>
        <translation>Մյուս Կողմը համաձայն է կատարմանն առանց գաղտնիության</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="85"/>
        <source>Другая Сторона отозвала запрос (конфиденциальность)</source>
        <translation>Մյուս Կողմը հետ է կանչել հարցումը (գաղտնիություն)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="91"/>
        <source>Создан проект</source>
        <translation>Նախագիծը ստեղծվել է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="92"/>
        <source>Подписан</source>
        <translation>Ստորագրված է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="93"/>
        <source>Направлен</source>
        <translation>Ուղարկվել է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="94"/>
        <source>Проект аннулирован</source>
        <translation>Նախագիծը չեղյալ է համարվել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="95"/>
        <source>Другая Сторона просит дополнительные сведения</source>
        <translation>Մյուս Կողմը խնդրում է լրացուցիչ տեղեկություններ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="96"/>
        <source>Дополнительные сведения направлены</source>
        <translation>Լրացուցիչ տեղեկություններն ուղարկվել են</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="97"/>
        <source>Получено уведомление о препятствиях</source>
        <translation>Ստացվել է ծանուցում խոչընդոտների մասին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="98"/>
        <source>Получено уведомление об отсрочке</source>
        <translation>Ստացվել է ծանուցում հետաձգման մասին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="100"/>
        <source>Получен ответ</source>
        <translation>Ստացվել է պատասխան</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="101"/>
        <source>Получен отказ</source>
        <translation>Ստացվել է մերժում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="102"/>
        <source>Получен частичный отказ</source>
        <translation>Ստացվել է մասնակի մերժում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="103"/>
        <source>Запрос отозван</source>
        <translation>Հարցումը հետ է կանչվել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="104"/>
        <source>Получено уведомление: конфиденциальность не соблюсти</source>
        <translation>Ստացվել է ծանուցում. գաղտնիությունը չի պահպանվի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="107"/>
        <source>Дано согласие на исполнение без конфиденциальности</source>
        <translation>Տրվել է համաձայնություն կատարմանն առանց գաղտնիության</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="110"/>
        <source>Запрос отозван: конфиденциальность не соблюсти</source>
        <translation>Հարցումը հետ է կանչվել. գաղտնիությունը չի պահպանվի</translation>
    </message>
</context>
<context>
    <name>RequestWindow</name>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="149"/>
        <source>Запросить подтверждение подлинности (п.&#xa0;5 ст.&#xa0;9)…</source>
        <translation>Հայցել իսկության հաստատում (հոդված&#xa0;9, կետ&#xa0;5)…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="153"/>
        <source>Документ…</source>
        <translation>Փաստաթուղթ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="157"/>
        <source>Закрыть</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="239"/>
        <source>Загрузка запроса…</source>
        <translation>Հարցումը բեռնվում է…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="272"/>
        <source>Зарегистрировать</source>
        <translation>Գրանցել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="274"/>
        <source>Сохранить проект</source>
        <translation>Պահպանել նախագիծը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="277"/>
        <source>Сохранить изменения</source>
        <translation>Պահպանել փոփոխությունները</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="287"/>
        <source>Регистрация входящего: {kind}</source>
        <translation>Մուտքայինի գրանցում՝ {kind}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="289"/>
        <source>Новый исходящий: {kind}</source>
        <translation>Նոր ելքային՝ {kind}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="337"/>
        <source>Писем нашей стороны по этому сообщению пока нет.</source>
        <translation>Այս հաղորդագրության վերաբերյալ մեր Կողմի գրություն դեռ չկա։</translation>
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
        <translation>{kind} № {number} ({direction})</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="307"/>
        <source>Состояние: {state}. {source} → {target}</source>
        <translation>Վիճակ՝ {state}։ {source} → {target}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="313"/>
        <source>Срок истёк {due}: просрочено на {days} дн.</source>
        <translation>Ժամկետը լրացել է {due}. ուշացումը՝ {days} օր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="318"/>
        <source>Срок {due}: осталось {days} дн.</source>
        <translation>Ժամկետը՝ {due}. մնացել է {days} օր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_save.py" line="152"/>
        <source>Не сохранено: исправьте отмеченные поля.</source>
        <translation>Չի պահպանվել. ուղղեք նշված դաշտերը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_unsaved.py" line="125"/>
        <source>Восстановлен текст, не сохранённый до автоматической блокировки ({moment}). Проверьте его и сохраните или закройте окно без сохранения.</source>
        <translation>Վերականգնվել է ավտոմատ կողպումից առաջ չպահպանված տեքստը ({moment})։ Ստուգեք այն և պահպանեք կամ փակեք պատուհանն առանց պահպանման։</translation>
    </message>
</context>
<context>
    <name>RetentionLabels</name>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="12"/>
        <source>сведения о лице</source>
        <translation>տեղեկություններ անձի մասին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="13"/>
        <source>запрос с перепиской</source>
        <translation>հարցում՝ գրագրությամբ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="14"/>
        <source>вложение запроса</source>
        <translation>հարցման կցորդ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="15"/>
        <source>тематическая информация</source>
        <translation>թեմատիկ տեղեկատվություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="16"/>
        <source>согласие стороны</source>
        <translation>կողմի համաձայնություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="24"/>
        <location filename="../migdesk/ui/retention_labels.py" line="25"/>
        <source>лет с даты завершения запроса — {years}</source>
        <translation>տարի հարցման ավարտի օրվանից — {years}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="26"/>
        <source>лет с даты решения — {years}</source>
        <translation>տարի որոշման օրվանից — {years}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="27"/>
        <source>лет с даты ввода — {years}</source>
        <translation>տարի մուտքագրման օրվանից — {years}</translation>
    </message>
</context>
<context>
    <name>RetentionWindow</name>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="69"/>
        <source>Сроки хранения — MigDesk</source>
        <translation>Պահպանման ժամկետներ — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_years.py" line="35"/>
        <source>по умолчанию</source>
        <translation>լռելյայն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_years.py" line="39"/>
        <source>Сохранить</source>
        <translation>Պահպանել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_years.py" line="44"/>
        <source>Срок хранения, лет:</source>
        <translation>Պահպանման ժամկետ, տարի:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_years.py" line="50"/>
        <source>(изменяет администратор)</source>
        <translation>(փոփոխում է ադմինիստրատորը)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="81"/>
        <source>К уничтожению</source>
        <translation>Ոչնչացման ենթակա</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="87"/>
        <source>Акты уничтожения</source>
        <translation>Ոչնչացման ակտեր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="92"/>
        <source>Закрыть</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="107"/>
        <source>Список доступен сотрудникам и руководителям (роль officer, supervisor).</source>
        <translation>Ցանկը հասանելի է աշխատակիցներին և ղեկավարներին (officer, supervisor դերեր)։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="120"/>
        <source>Обновить</source>
        <translation>Թարմացնել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="123"/>
        <source>Срок хранения истёк на дату:</source>
        <translation>Պահպանման ժամկետը լրացել է ամսաթվի դրությամբ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="130"/>
        <source>Вид записи</source>
        <translation>Գրառման տեսակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="131"/>
        <source>Идентификатор</source>
        <translation>Նույնացուցիչ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="132"/>
        <source>Хранить до</source>
        <translation>Պահել մինչև</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="133"/>
        <source>Срок</source>
        <translation>Ժամկետ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="141"/>
        <source>Уничтожить…</source>
        <translation>Ոչնչացնել…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="146"/>
        <source>Уничтожение утверждает руководитель (роль supervisor).</source>
        <translation>Ոչնչացումը հաստատում է ղեկավարը (supervisor դեր)։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="149"/>
        <source>Предложить уничтожение</source>
        <translation>Առաջարկել ոչնչացում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="192"/>
        <source>нужна исполняемому запросу № {numbers}</source>
        <translation>անհրաժեշտ է կատարվող № {numbers} հարցմանը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="196"/>
        <source>запись, к которой относится согласие, уничтожена</source>
        <translation>գրառումը, որին վերաբերում է համաձայնությունը, ոչնչացված է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_years.py" line="84"/>
        <source>Срок хранения ({kind}) сохранён (лет: {years}).</source>
        <translation>Պահպանման ժամկետը ({kind}) պահպանված է (տարի՝ {years})։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="200"/>
        <source>установлен для записи</source>
        <translation>սահմանված է գրառման համար</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="211"/>
        <source>Подлежат уничтожению: {count}</source>
        <translation>Ոչնչացման ենթակա են՝ {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="213"/>
        <source>Записей с истёкшим сроком хранения нет.</source>
        <translation>Պահպանման ժամկետը լրացած գրառումներ չկան։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_propose.py" line="37"/>
        <source>Уничтожение записи {record} предложено; его утверждает другой пользователь — руководитель (правило «четырёх глаз»).</source>
        <translation>{record} գրառման ոչնչացումն առաջարկված է. այն հաստատում է այլ օգտատեր՝ ղեկավարը («չորս աչքի» կանոն)։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="297"/>
        <source>Уничтожение записи и очистка хранилища…</source>
        <translation>Գրառման ոչնչացում և պահոցի մաքրում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="310"/>
        <source>Запись {record} уничтожена; составлен акт № {number}. Акт можно сохранить повторно на вкладке «Акты уничтожения».</source>
        <translation>{record} գրառումը ոչնչացված է. կազմվել է ակտ № {number}։ Ակտը կարելի է կրկին պահպանել «Ոչնչացման ակտեր» ներդիրում։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_years.py" line="80"/>
        <source>Срок хранения по умолчанию сохранён (лет: {years}).</source>
        <translation>Պահպանման լռելյայն ժամկետը պահպանված է (տարի՝ {years})։</translation>
    </message>
</context>
<context>
    <name>SendInBundle</name>
    <message>
        <location filename="../migdesk/ui/exchange/send_action.py" line="46"/>
        <source>Отправить в пакете…</source>
        <translation>Ուղարկել փաթեթով…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/send_action.py" line="86"/>
        <source>Выгрузить пакет с этим запросом или письмами по нему</source>
        <translation>Արտահանել փաթեթ այս հարցմամբ կամ դրա գրություններով</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/send_action.py" line="87"/>
        <source>Нечего отправлять: запрос не подписан или всё уже отправлено</source>
        <translation>Ուղարկելու բան չկա. հարցումը ստորագրված չէ, կամ ամեն ինչ արդեն ուղարկված է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/send_action.py" line="88"/>
        <source>Нет доверенного сертификата органа-партнёра</source>
        <translation>Գործընկեր մարմնի վստահելի վկայագիր չկա</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="59"/>
        <source>Подписание — запрос № {number}</source>
        <translation>Ստորագրում — հարցում № {number}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="64"/>
        <source>Запрос № {number} подписывается электронной подписью подписанта. Подпись записывает шаг «Подписан», подписанный PDF хранится с запросом; без него запрос не направляется.</source>
        <translation>№ {number} հարցումը ստորագրվում է ստորագրողի էլեկտրոնային ստորագրությամբ։ Ստորագրումը գրանցում է «Ստորագրված է» քայլը, ստորագրված PDF-ը պահվում է հարցման հետ. առանց դրա հարցումը չի ուղարկվում։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="81"/>
        <source>Подписант (п.&#xa0;3 ст.&#xa0;9)</source>
        <translation>Ստորագրող (հոդված&#xa0;9, կետ&#xa0;3)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="88"/>
        <source>Подписать</source>
        <translation>Ստորագրել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="89"/>
        <source>Отмена</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="99"/>
        <source>Запрос подписывается датой {day}.</source>
        <translation>Հարցումը ստորագրվում է {day} ամսաթվով։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="127"/>
        <source>нет подписантов, действующих на эту дату</source>
        <translation>այս ամսաթվին գործող ստորագրողներ չկան</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="148"/>
        <source>Подписание запроса № {n}…</source>
        <translation>№ {n} հարցման ստորագրում…</translation>
    </message>
</context>
<context>
    <name>SignatoriesTab</name>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="56"/>
        <source>Все органы</source>
        <translation>Բոլոր մարմինները</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="64"/>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="92"/>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="205"/>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="268"/>
        <source>Орган</source>
        <translation>Մարմին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="65"/>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="206"/>
        <source>Должность</source>
        <translation>Պաշտոն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="66"/>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="207"/>
        <source>Фамилия, имя, отчество</source>
        <translation>Ազգանուն, անուն, հայրանուն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="67"/>
        <source>С</source>
        <translation>Սկսած</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="68"/>
        <source>По</source>
        <translation>Մինչև</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="69"/>
        <source>Пользователь</source>
        <translation>Օգտատեր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="70"/>
        <source>Сертификат</source>
        <translation>Վկայագիր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="71"/>
        <source>Сегодня</source>
        <translation>Այսօր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="75"/>
        <source>Добавить подписанта…</source>
        <translation>Ավելացնել ստորագրող…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="77"/>
        <source>Прекратить полномочия…</source>
        <translation>Դադարեցնել լիազորությունները…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="79"/>
        <source>Образец бланка…</source>
        <translation>Ձևաթղթի նմուշ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="91"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="93"/>
        <source>Изменение</source>
        <translation>Փոփոխություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="94"/>
        <source>Направление</source>
        <translation>Ուղղություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="95"/>
        <source>Состояние</source>
        <translation>Վիճակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="96"/>
        <source>Дата</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="97"/>
        <source>Реквизиты</source>
        <translation>Վավերապայմաններ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="101"/>
        <source>Отметить направленными…</source>
        <translation>Նշել որպես ուղարկված…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="104"/>
        <source>Уведомления об изменениях (п.&#xa0;4 ст.&#xa0;9)</source>
        <translation>Փոփոխությունների մասին ծանուցումներ (հոդված&#xa0;9, կետ&#xa0;4)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="126"/>
        <source>включён подписант</source>
        <translation>ներառվել է ստորագրող</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="127"/>
        <source>прекращены полномочия</source>
        <translation>լիազորությունները դադարեցվել են</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="128"/>
        <source>образец бланка</source>
        <translation>ձևաթղթի նմուշ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="134"/>
        <source>ожидает отправки</source>
        <translation>սպասում է ուղարկման</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="135"/>
        <source>направлено</source>
        <translation>ուղարկված</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="136"/>
        <source>получено</source>
        <translation>ստացված</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="156"/>
        <source>есть</source>
        <translation>կա</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="157"/>
        <source>действует</source>
        <translation>գործում է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="157"/>
        <source>не действует</source>
        <translation>չի գործում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="163"/>
        <source>наше</source>
        <translation>մերը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="163"/>
        <source>другой Стороны</source>
        <translation>մյուս Կողմի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="185"/>
        <source>Ожидают уведомления другой Стороны: {count} (направить незамедлительно)</source>
        <translation>Սպասում են մյուս Կողմին ծանուցման՝ {count} (ուղարկել անհապաղ)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="190"/>
        <source>Все изменения уведомлены.</source>
        <translation>Բոլոր փոփոխությունները ծանուցված են։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="194"/>
        <source>Новый подписант</source>
        <translation>Նոր ստորագրող</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="208"/>
        <source>Полномочия с</source>
        <translation>Լիազորություններ՝ սկսած</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="209"/>
        <source>Полномочия по</source>
        <translation>Լիազորություններ՝ մինչև</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="210"/>
        <source>Пользователь MigDesk</source>
        <translation>MigDesk-ի օգտատեր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="211"/>
        <source>Образец подписи</source>
        <translation>Ստորագրության նմուշ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="212"/>
        <source>Сертификат подписи</source>
        <translation>Ստորագրման վկայագիր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="213"/>
        <source>Перечень другой Стороны получен</source>
        <translation>Մյուս Կողմի ցանկը ստացված է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="216"/>
        <source>Изменение перечня своей Стороны создаёт уведомление, ожидающее отправки.</source>
        <translation>Մեր Կողմի ցանկի փոփոխությունը ստեղծում է ուղարկման սպասող ծանուցում։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="243"/>
        <source>Выберите подписанта в таблице.</source>
        <translation>Ընտրեք ստորագրողին աղյուսակում։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="245"/>
        <source>Прекращение полномочий</source>
        <translation>Լիազորությունների դադարեցում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="248"/>
        <source>Последний день полномочий</source>
        <translation>Լիազորությունների վերջին օրը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="249"/>
        <source>Уведомление другой Стороны получено</source>
        <translation>Մյուս Կողմի ծանուցումը ստացված է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="260"/>
        <source>Образец бланка</source>
        <translation>Ձևաթղթի նմուշ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="269"/>
        <source>Бланк</source>
        <translation>Ձևաթուղթ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="270"/>
        <source>Действует с</source>
        <translation>Գործում է սկսած</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="271"/>
        <source>Действует по</source>
        <translation>Գործում է մինչև</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="272"/>
        <source>Изображение</source>
        <translation>Պատկեր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="273"/>
        <source>Получен от другой Стороны</source>
        <translation>Ստացվել է մյուս Կողմից</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="277"/>
        <source>Не выбрано изображение бланка.</source>
        <translation>Ձևաթղթի պատկերն ընտրված չէ։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="296"/>
        <source>Уведомления направлены</source>
        <translation>Ծանուցումներն ուղարկված են</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="299"/>
        <source>Отмечаются все ожидающие уведомления: {ids}</source>
        <translation>Նշվում են բոլոր սպասող ծանուցումները՝ {ids}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="306"/>
        <source>Дата направления</source>
        <translation>Ուղարկման ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="307"/>
        <source>Номер ноты или письма</source>
        <translation>Նոտայի կամ գրության համար</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="164"/>
        <source>Проверка подписи: {name}</source>
        <translation>Ստորագրության ստուգում՝ {name}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="168"/>
        <source>Файл: {name}</source>
        <translation>Ֆայլ՝ {name}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="182"/>
        <source>Закрыть</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="189"/>
        <source>Подпись {index}</source>
        <translation>Ստորագրություն {index}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="202"/>
        <source>Подписант: {signer}</source>
        <translation>Ստորագրող՝ {signer}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="203"/>
        <source>Серийный номер сертификата: {serial}</source>
        <translation>Վկայագրի սերիական համար՝ {serial}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="204"/>
        <source>Время подписания: {time}</source>
        <translation>Ստորագրման ժամանակ՝ {time}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="213"/>
        <source>Уполномочен на дату подписания (п.&#xa0;3 ст.&#xa0;9): да — {who}</source>
        <translation>Լիազորված է ստորագրման ամսաթվին (հոդված&#xa0;9, կետ&#xa0;3)՝ այո — {who}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="216"/>
        <source>Уполномочен на дату подписания (п.&#xa0;3 ст.&#xa0;9): нет</source>
        <translation>Լիազորված է ստորագրման ամսաթվին (հոդված&#xa0;9, կետ&#xa0;3)՝ ոչ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="230"/>
        <source>Проверки этого вложения</source>
        <translation>Այս կցորդի ստուգումները</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="234"/>
        <source>Проверено</source>
        <translation>Ստուգվել է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="235"/>
        <source>Кто</source>
        <translation>Ով</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="236"/>
        <source>Результат</source>
        <translation>Արդյունք</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="237"/>
        <source>Уполномочен</source>
        <translation>Լիազորված</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="238"/>
        <source>Подписант</source>
        <translation>Ստորագրող</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="253"/>
        <source>да</source>
        <translation>այո</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="253"/>
        <source>нет</source>
        <translation>ոչ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="260"/>
        <source>Сохранённых проверок нет.</source>
        <translation>Պահպանված ստուգումներ չկան։</translation>
    </message>
</context>
<context>
    <name>SignatureView</name>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="90"/>
        <source>Подпись действительна</source>
        <translation>Ստորագրությունը վավեր է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="91"/>
        <source>Подпись нарушена: документ изменён после подписания</source>
        <translation>Ստորագրությունը խախտված է. փաստաթուղթը փոփոխվել է ստորագրումից հետո</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="94"/>
        <source>Сертификат подписанта не доверен</source>
        <translation>Ստորագրողի վկայագիրը վստահելի չէ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="97"/>
        <source>После подписи в документ внесены изменения</source>
        <translation>Ստորագրումից հետո փաստաթղթում փոփոխություններ են կատարվել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="100"/>
        <source>Подписей нет</source>
        <translation>Ստորագրություններ չկան</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="108"/>
        <source>действительна</source>
        <translation>վավեր է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="109"/>
        <source>нарушена</source>
        <translation>խախտված է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="110"/>
        <source>сертификат не доверен</source>
        <translation>վկայագիրը վստահելի չէ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="111"/>
        <source>документ изменён после подписи</source>
        <translation>փաստաթուղթը փոփոխվել է ստորագրումից հետո</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="112"/>
        <source>отсутствует</source>
        <translation>բացակայում է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="150"/>
        <source>подпись: {status} ({day})</source>
        <translation>ստորագրություն՝ {status} ({day})</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="54"/>
        <source>Статистика запросов (ст.&#xa0;3) — MigDesk</source>
        <translation>Հարցումների վիճակագրություն (հոդված&#xa0;3) — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="59"/>
        <source>Все органы другой Стороны</source>
        <translation>Մյուս Կողմի բոլոր մարմինները</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="61"/>
        <source>Выгрузить в CSV…</source>
        <translation>Արտահանել CSV…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="65"/>
        <source>На дату</source>
        <translation>Ամսաթվով</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="73"/>
        <source>Месяц</source>
        <translation>Ամիս</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="74"/>
        <source>Орган
другой Стороны</source>
        <translation>Մյուս Կողմի
մարմինը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="75"/>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="200"/>
        <source>Направлено</source>
        <translation>Ուղարկված</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="76"/>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="201"/>
        <source>Поступило</source>
        <translation>Ստացված</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="77"/>
        <source>Исполнено</source>
        <translation>Կատարված</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="78"/>
        <source>Отказано</source>
        <translation>Մերժված</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="79"/>
        <source>Частично</source>
        <translation>Մասնակի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="80"/>
        <source>Ответов
получено</source>
        <translation>Ստացված
պատասխաններ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="81"/>
        <source>Отказов
получено</source>
        <translation>Ստացված
մերժումներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="82"/>
        <source>С нарушением
срока</source>
        <translation>Ժամկետի
խախտմամբ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="83"/>
        <source>Медиана
исполнения, дн.</source>
        <translation>Կատարման
մեդիան, օր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="84"/>
        <source>Медиана ответа
другой Стороны, дн.</source>
        <translation>Մյուս Կողմի պատասխանի
մեդիան, օր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="95"/>
        <source>Нет данных за выбранный период.</source>
        <translation>Ընտրված ժամանակահատվածի համար տվյալներ չկան։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="111"/>
        <source>Наша статистика</source>
        <translation>Մեր վիճակագրությունը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="113"/>
        <source>Полученная от другой Стороны</source>
        <translation>Ստացված մյուս Կողմից</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="129"/>
        <source>Подсчёт…</source>
        <translation>Հաշվարկ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="202"/>
        <source>Исполнено / получены ответы</source>
        <translation>Կատարված / ստացված պատասխաններ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="203"/>
        <source>Отказы (полные и частичные)</source>
        <translation>Մերժումներ (ամբողջական և մասնակի)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="213"/>
        <source>Выгрузить статистику</source>
        <translation>Արտահանել վիճակագրությունը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="214"/>
        <source>Таблицы CSV (*.csv)</source>
        <translation>CSV աղյուսակներ (*.csv)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="236"/>
        <source>Выгружено строк: {count} — {name}</source>
        <translation>Արտահանված տողեր՝ {count} — {name}</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="97"/>
        <source>{step} — запрос № {number}</source>
        <translation>{step} — հարցում № {number}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="111"/>
        <source>Дата шага</source>
        <translation>Քայլի ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="116"/>
        <source>Отложить исполнение</source>
        <translation>Հետաձգել կատարումը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="117"/>
        <source>Исполнить на условиях</source>
        <translation>Կատարել պայմաններով</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="132"/>
        <source>Номер письма другой Стороны</source>
        <translation>Մյուս Կողմի գրության համար</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="135"/>
        <source>Приложить файл…</source>
        <translation>Կցել ֆայլ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="143"/>
        <source>Вложения</source>
        <translation>Կցորդներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="145"/>
        <source>Записать шаг</source>
        <translation>Գրանցել քայլը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="148"/>
        <source>Отмена</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="173"/>
        <source>Какие сведения нужны</source>
        <translation>Ինչ տեղեկություններ են անհրաժեշտ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="175"/>
        <source>Обстоятельства, препятствующие исполнению</source>
        <translation>Կատարմանը խոչընդոտող հանգամանքներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="180"/>
        <source>Что не удастся сохранить в тайне и почему (п.&#xa0;1 ст.&#xa0;11)</source>
        <translation>Ինչը հնարավոր չի լինի գաղտնի պահել և ինչու (հոդված&#xa0;11, կետ&#xa0;1)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="183"/>
        <source>Ожидаемый срок</source>
        <translation>Ակնկալվող ժամկետ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="194"/>
        <source>Решение (п.&#xa0;2 ст.&#xa0;10)</source>
        <translation>Որոշում (հոդված&#xa0;10, կետ&#xa0;2)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="198"/>
        <source>Производство, которому помешает исполнение</source>
        <translation>Վարույթ, որին կխոչընդոտի կատարումը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="201"/>
        <source>Условия исполнения</source>
        <translation>Կատարման պայմաններ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="202"/>
        <source>До какого срока</source>
        <translation>Մինչև որ ժամկետը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="205"/>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="231"/>
        <source>Текст уведомления</source>
        <translation>Ծանուցման տեքստ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="207"/>
        <source>Результаты исполнения</source>
        <translation>Կատարման արդյունքներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="216"/>
        <source>Передаваемые записи о лицах</source>
        <translation>Փոխանցվող անձանց գրառումներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="219"/>
        <source>Что исполнено</source>
        <translation>Ինչ է կատարվել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="220"/>
        <source>Что не исполнено</source>
        <translation>Ինչ չի կատարվել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="229"/>
        <source>Основания (п.&#xa0;4 ст.&#xa0;10)</source>
        <translation>Հիմքեր (հոդված&#xa0;10, կետ&#xa0;4)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="230"/>
        <source>Причины отказа</source>
        <translation>Մերժման պատճառներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="233"/>
        <source>Текст</source>
        <translation>Տեքստ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="235"/>
        <source>Шаг записывается с датой и вашим именем.</source>
        <translation>Քայլը գրանցվում է ամսաթվով և Ձեր անունով։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="238"/>
        <source>Вложение</source>
        <translation>Կցորդ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="238"/>
        <source>Все файлы (*)</source>
        <translation>Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="247"/>
        <source>Файл не прочитан.</source>
        <translation>Ֆայլը չի կարդացվել։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="276"/>
        <source>Шаг не записан</source>
        <translation>Քայլը չի գրանցվել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="277"/>
        <source>Закрыть без записи шага? Набранный текст будет потерян.</source>
        <translation>Փակե՞լ առանց քայլը գրանցելու։ Մուտքագրված տեքստը կկորչի։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="278"/>
        <source>Закрыть без записи</source>
        <translation>Փակել առանց գրանցելու</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="358"/>
        <source>Шаг не записан: исправьте отмеченные поля.</source>
        <translation>Քայլը չի գրանցվել. ուղղեք նշված դաշտերը։</translation>
    </message>
</context>
<context>
    <name>SubrecordTable</name>
    <message>
        <location filename="../migdesk/ui/subrecord_table.py" line="93"/>
        <source>Добавить строку</source>
        <translation>Ավելացնել տող</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_table.py" line="95"/>
        <source>Удалить строку</source>
        <translation>Հեռացնել տողը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_table.py" line="266"/>
        <source>Строка {row}</source>
        <translation>Տող {row}</translation>
    </message>
</context>
<context>
    <name>Subrecords</name>
    <message>
        <location filename="../migdesk/ui/delegates.py" line="81"/>
        <source>ДД.ММ.ГГГГ</source>
        <translation>ՕՕ.ԱԱ.ՏՏՏՏ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="51"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="118"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="142"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="178"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="203"/>
        <source>Государство</source>
        <translation>Պետություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="52"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="183"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="204"/>
        <source>Дата решения</source>
        <translation>Որոշման ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="53"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="124"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="185"/>
        <source>Орган</source>
        <translation>Մարմին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="54"/>
        <source>Статья (основание)</source>
        <translation>Հոդված (հիմք)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="57"/>
        <source>Описание</source>
        <translation>Նկարագրություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="62"/>
        <source>Мера</source>
        <translation>Միջոց</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="70"/>
        <source>Документы, удостоверяющие личность</source>
        <translation>Անձը հաստատող փաստաթղթեր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="74"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="112"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="136"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="170"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="197"/>
        <source>Вид</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="80"/>
        <source>Серия</source>
        <translation>Սերիա</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="81"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="143"/>
        <source>Номер</source>
        <translation>Համար</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="84"/>
        <source>Государство выдачи</source>
        <translation>Տրամադրող պետություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="88"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="144"/>
        <source>Дата выдачи</source>
        <translation>Տրման ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="89"/>
        <source>Кем выдан</source>
        <translation>Ում կողմից է տրվել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="90"/>
        <source>Действителен до</source>
        <translation>Վավեր է մինչև</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="97"/>
        <source>Административная ответственность</source>
        <translation>Վարչական պատասխանատվություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="102"/>
        <source>Уголовная ответственность</source>
        <translation>Քրեական պատասխանատվություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="108"/>
        <source>Учёт по месту пребывания и по месту жительства</source>
        <translation>Հաշվառում ըստ գտնվելու և բնակության վայրի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="120"/>
        <source>Адрес</source>
        <translation>Հասցե</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="122"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="145"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="205"/>
        <source>Действует с</source>
        <translation>Գործում է սկսած</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="123"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="146"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="206"/>
        <source>Действует до</source>
        <translation>Գործում է մինչև</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="132"/>
        <source>Разрешения на проживание и право на работу</source>
        <translation>Բնակության թույլտվություններ և աշխատելու իրավունք</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="147"/>
        <source>Кем выдано</source>
        <translation>Տվող մարմին</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="149"/>
        <source>Работодатель</source>
        <translation>Գործատու</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="150"/>
        <source>БИН/ИНН</source>
        <translation>БИН/ՀՎՀՀ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="153"/>
        <source>Адрес работодателя</source>
        <translation>Գործատուի հասցե</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="164"/>
        <source>Приём и восстановление в гражданстве, принадлежность к гражданству</source>
        <translation>Քաղաքացիության ընդունում և վերականգնում, քաղաքացիական պատկանելություն</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="184"/>
        <source>Номер решения</source>
        <translation>Որոշման համար</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="193"/>
        <source>Неразрешение въезда, ограничение выезда, выдворение</source>
        <translation>Մուտքի չթույլատրում, ելքի սահմանափակում, վտարում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="209"/>
        <source>Основания</source>
        <translation>Հիմքեր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="215"/>
        <source>Кем принято решение</source>
        <translation>Ով է ընդունել որոշումը</translation>
    </message>
</context>
<context>
    <name>ThematicForm</name>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="114"/>
        <source>— не указан —</source>
        <translation>— նշված չէ —</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="131"/>
        <source>Добавить из реестра…</source>
        <translation>Ավելացնել ռեեստրից…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="140"/>
        <source>Приложить файл…</source>
        <translation>Կցել ֆայլ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="157"/>
        <source>Категория (ст.&#xa0;4)</source>
        <translation>Կատեգորիա (հոդված&#xa0;4)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="158"/>
        <source>Заголовок</source>
        <translation>Վերնագիր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="159"/>
        <source>Текст</source>
        <translation>Տեքստ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="160"/>
        <source>Дата сведений</source>
        <translation>Տեղեկությունների ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="161"/>
        <source>Период</source>
        <translation>Ժամանակահատված</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="162"/>
        <source>Источник</source>
        <translation>Աղբյուր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="163"/>
        <source>Связанные лица</source>
        <translation>Կապակցված անձինք</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="164"/>
        <source>Связанные запросы</source>
        <translation>Կապակցված հարցումներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="165"/>
        <source>Вложения</source>
        <translation>Կցորդներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="167"/>
        <source>Сохранить</source>
        <translation>Պահպանել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="170"/>
        <source>Закрыть</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="186"/>
        <source>Новые тематические сведения — MigDesk</source>
        <translation>Նոր թեմատիկ տեղեկություններ — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="195"/>
        <source>Загрузка сведений… — MigDesk</source>
        <translation>Տեղեկությունները բեռնվում են… — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="238"/>
        <source>{title} — MigDesk</source>
        <translation>{title} — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="310"/>
        <source>Вложение</source>
        <translation>Կցորդ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="310"/>
        <source>Все файлы (*)</source>
        <translation>Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="377"/>
        <source>Не сохранено: исправьте отмеченные поля.</source>
        <translation>Չի պահպանվել. ուղղեք նշված դաշտերը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_draft.py" line="82"/>
        <source>Восстановлены сведения, не сохранённые до блокировки или сбоя программы ({moment}). Проверьте их и сохраните или закройте форму без сохранения.</source>
        <translation>Վերականգնվել են կողպումից կամ ծրագրի խափանումից առաջ չպահպանված տեղեկությունները ({moment})։ Ստուգեք դրանք և պահպանեք կամ փակեք ձևն առանց պահպանման։</translation>
    </message>
</context>
<context>
    <name>ThematicOrigin</name>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="24"/>
        <source>Получено от {provider}</source>
        <translation>Ստացվել է {provider}-ից</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="27"/>
        <source>в пакете № {number}</source>
        <translation>№ {number} փաթեթում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="32"/>
        <source>от {day}</source>
        <translation>{day}-ի</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="36"/>
        <source>Цель использования: {purpose}</source>
        <translation>Օգտագործման նպատակը՝ {purpose}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="42"/>
        <source>передача третьей стороне — только с согласия (п.&#xa0;3 ст.&#xa0;11)</source>
        <translation>երրորդ կողմին փոխանցում՝ միայն համաձայնությամբ (հոդված&#xa0;11, կետ&#xa0;3)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="49"/>
        <source>хранить до {day}</source>
        <translation>պահպանել մինչև {day}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="59"/>
        <source>Запрос № {number}</source>
        <translation>Հարցում № {number}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="61"/>
        <source>Запрос уничтожен (акт № {act})</source>
        <translation>Հարցումը ոչնչացված է (ակտ № {act})</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="64"/>
        <source>Запрос {id} (нет в хранилище)</source>
        <translation>Հարցում {id} (պահոցում չկա)</translation>
    </message>
</context>
<context>
    <name>ThematicWindow</name>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="42"/>
        <source>Тематическая информация (ст.&#xa0;4) — MigDesk</source>
        <translation>Թեմատիկ տեղեկատվություն (հոդված&#xa0;4) — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="45"/>
        <source>Все категории</source>
        <translation>Բոլոր կատեգորիաները</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="50"/>
        <source>Новые сведения…</source>
        <translation>Նոր տեղեկություններ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="53"/>
        <source>Открыть</source>
        <translation>Բացել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="63"/>
        <source>Дата</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="64"/>
        <source>Категория</source>
        <translation>Կատեգորիա</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="65"/>
        <source>Заголовок</source>
        <translation>Վերնագիր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="66"/>
        <source>Лиц</source>
        <translation>Անձինք</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="67"/>
        <source>Вложений</source>
        <translation>Կցորդներ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="68"/>
        <source>Внёс</source>
        <translation>Մուտքագրել է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="104"/>
        <source>Записей: {count}</source>
        <translation>Գրառումներ՝ {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="118"/>
        <source>получено от {provider}</source>
        <translation>ստացվել է {provider}-ից</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="60"/>
        <source>MigDesk — вход</source>
        <translation>MigDesk — մուտք</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="63"/>
        <source>MigDesk</source>
        <translation>MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="69"/>
        <source>Рабочее место сотрудника миграционной службы (Казахстан — Армения)</source>
        <translation>Միգրացիոն ծառայության աշխատակցի աշխատատեղ (Ղազախստան — Հայաստան)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="39"/>
        <source>Обзор…</source>
        <translation>Զննել…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="47"/>
        <source>Файл не найден — можно создать новое хранилище.</source>
        <translation>Ֆայլը չի գտնվել. կարելի է ստեղծել նոր պահոց։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="50"/>
        <source>Создать новое хранилище…</source>
        <translation>Ստեղծել նոր պահոց…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="63"/>
        <source>Хранилище:</source>
        <translation>Պահոց:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="65"/>
        <source>Пользователь:</source>
        <translation>Օգտատեր:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="62"/>
        <location filename="../migdesk/ui/unlock_open.py" line="66"/>
        <source>Пароль:</source>
        <translation>Գաղտնաբառ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="69"/>
        <source>Запомнить на этом компьютере</source>
        <translation>Հիշել այս համակարգչում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="245"/>
        <location filename="../migdesk/ui/unlock_open.py" line="83"/>
        <source>Проверка пароля…</source>
        <translation>Գաղտնաբառի ստուգում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="85"/>
        <source>Открыть</source>
        <translation>Բացել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="87"/>
        <source>Выход</source>
        <translation>Ելք</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="89"/>
        <source>Проверить пакет (курьер)</source>
        <translation>Ստուգել փաթեթը (սուրհանդակ)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="36"/>
        <source>Новое хранилище</source>
        <translation>Նոր պահոց</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="59"/>
        <source>Файл:</source>
        <translation>Ֆայլ:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="60"/>
        <source>Компетентный орган:</source>
        <translation>Իրավասու մարմին:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="61"/>
        <source>Администратор:</source>
        <translation>Ադմինիստրատոր:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="63"/>
        <source>Повторите пароль:</source>
        <translation>Կրկնեք գաղտնաբառը:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="65"/>
        <source>Демонстрационное хранилище (для обучения, с синтетическими данными)</source>
        <translation>Ցուցադրական պահոց (ուսուցման համար, սինթետիկ տվյալներով)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="73"/>
        <source>Создание хранилища…</source>
        <translation>Պահոցի ստեղծում…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="75"/>
        <source>Создать</source>
        <translation>Ստեղծել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="76"/>
        <source>Назад</source>
        <translation>Հետ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="203"/>
        <source>Файл хранилища</source>
        <translation>Պահոցի ֆայլ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="204"/>
        <source>Хранилища MigDesk (*.vault);;Все файлы (*)</source>
        <translation>MigDesk պահոցներ (*.vault);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="253"/>
        <source>Укажите имя пользователя.</source>
        <translation>Նշեք օգտատիրոջ անունը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="267"/>
        <source>Обновление хранилища для новой версии: шаг {step} из {steps}…</source>
        <translation>Պահոցի թարմացում նոր տարբերակի համար. քայլ {step}՝ {steps}-ից…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="277"/>
        <source>Пароли не совпадают.</source>
        <translation>Գաղտնաբառերը չեն համընկնում։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="322"/>
        <source>Продолжить</source>
        <translation>Շարունակել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/typing_hint.py" line="34"/>
        <source>Все буквы пароля были введены заглавными: не включён ли Caps Lock?</source>
        <translation>Գաղտնաբառի բոլոր տառերը մուտքագրվել են մեծատառերով. միգուցե Caps Lock-ը միացված է։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/typing_hint.py" line="42"/>
        <source>Пароль набран латинскими буквами: если он на кириллице, переключите раскладку клавиатуры.</source>
        <translation>Գաղտնաբառը մուտքագրվել է լատինատառ. եթե այն կիրիլիցայով է, փոխեք ստեղնաշարի դասավորությունը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/typing_hint.py" line="50"/>
        <source>Пароль набран в русской раскладке (кириллицей): если он латиницей, переключите раскладку клавиатуры.</source>
        <translation>Գաղտնաբառը մուտքագրվել է կիրիլիցայով. եթե այն լատինատառ է, փոխեք ստեղնաշարի դասավորությունը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/typing_hint.py" line="58"/>
        <source>Пароль набран армянскими буквами: если он латиницей или кириллицей, переключите раскладку клавиатуры.</source>
        <translation>Գաղտնաբառը մուտքագրվել է հայատառ. եթե այն լատինատառ կամ կիրիլիցայով է, փոխեք ստեղնաշարի դասավորությունը։</translation>
    </message>
</context>
<context>
    <name>UnreadableDraftDialog</name>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="41"/>
        <source>Черновик карточки не открыт — MigDesk</source>
        <translation>Քարտի սևագիրը չի բացվել — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="47"/>
        <source>Карточку с изменениями, не сохранёнными до автоматической блокировки ({moment}), открыть нельзя:</source>
        <translation>Ավտոմատ կողպումից առաջ չպահպանված փոփոխություններով քարտը ({moment}) հնարավոր չէ բացել:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="57"/>
        <source>Черновик хранится в зашифрованном хранилище и вернётся после следующего входа. Его содержимое не показывается: в нём могут быть сведения о лице, которые вам теперь недоступны.</source>
        <translation>Սևագիրը պահվում է գաղտնագրված պահոցում և կվերադառնա հաջորդ մուտքից հետո։ Դրա բովանդակությունը չի ցուցադրվում. այն կարող է պարունակել անձի մասին տվյալներ, որոնք այժմ ձեզ հասանելի չեն։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="63"/>
        <source>Оставить на потом</source>
        <translation>Թողնել հետագայի համար</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="66"/>
        <source>Удалить черновик…</source>
        <translation>Հեռացնել սևագիրը…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="82"/>
        <source>Удаление черновика</source>
        <translation>Սևագրի հեռացում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="83"/>
        <source>Удалить черновик безвозвратно? Несохранённые изменения в нём будут потеряны.</source>
        <translation>Հեռացնե՞լ սևագիրն անվերադարձ։ Դրանում չպահպանված փոփոխությունները կկորչեն։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="84"/>
        <source>Удалить</source>
        <translation>Հեռացնել</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="61"/>
        <source>Пользователи — MigDesk</source>
        <translation>Օգտատերեր — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="66"/>
        <source>Пользователь</source>
        <translation>Օգտատեր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="66"/>
        <source>ФИО</source>
        <translation>Ա.Ա.Հ.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="66"/>
        <source>Роли</source>
        <translation>Դերեր</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="66"/>
        <source>Добавлен</source>
        <translation>Ավելացվել է</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="76"/>
        <source>Добавить…</source>
        <translation>Ավելացնել…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="78"/>
        <source>Сбросить пароль…</source>
        <translation>Վերակայել գաղտնաբառը…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="80"/>
        <source>Удалить…</source>
        <translation>Հեռացնել…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="82"/>
        <source>Данные для писем…</source>
        <translation>Տվյալներ գրությունների համար…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="85"/>
        <source>Снять ожидание входа</source>
        <translation>Հանել մուտքի սպասումը</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="89"/>
        <source>Закрыть</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="108"/>
        <source>У каждого пользователя свой пароль и свой ключевой слот; добавление, смена пароля и удаление не перешифровывают хранилище.</source>
        <translation>Յուրաքանչյուր օգտատեր ունի իր գաղտնաբառը և իր բանալու սլոտը. ավելացումը, գաղտնաբառի փոփոխումը և հեռացումը չեն վերագաղտնագրում պահոցը։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="166"/>
        <source>Пользователь не ждёт входа.</source>
        <translation>Օգտատերը մուտքի չի սպասում։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="171"/>
        <source>Неудачных попыток входа: {count}; следующая попытка — {when}. После снятия у пользователя снова пять попыток; о прежних ему сообщат при входе.</source>
        <translation>Մուտքի անհաջող փորձեր՝ {count}. հաջորդ փորձը՝ {when}։ Սպասումը հանելուց հետո օգտատերը կրկին հինգ փորձ ունի. նախորդների մասին նրան կհաղորդվի մուտքի ժամանակ։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="175"/>
        <source>через {wait}</source>
        <translation>{wait} հետո</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="177"/>
        <source>сразу, но после ещё одной ошибки — снова ожидание</source>
        <translation>հիմա, բայց ևս մեկ սխալից հետո՝ կրկին սպասում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="200"/>
        <source>Ожидание входа пользователя «{name}» снято. Неудачных попыток: {count}; о них пользователю сообщат при следующем входе.</source>
        <translation>«{name}» օգտատիրոջ մուտքի սպասումը հանված է։ Անհաջող փորձեր՝ {count}. դրանց մասին օգտատիրոջը կհաղորդվի հաջորդ մուտքի ժամանակ։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="204"/>
        <source>Пользователь «{name}» уже не ждёт входа.</source>
        <translation>«{name}» օգտատերն այլևս մուտքի չի սպասում։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="254"/>
        <source>Удалить пользователя «{name}»? Его ключевой слот будет уничтожен: открыть хранилище его паролем станет невозможно. Записи журнала аудита о его действиях сохранятся.</source>
        <translation>Հեռացնե՞լ «{name}» օգտատիրոջը։ Նրա բանալու սլոտը կոչնչացվի. պահոցը նրա գաղտնաբառով բացել այլևս հնարավոր չի լինի։ Նրա գործողությունների մասին աուդիտի մատյանի գրառումները կպահպանվեն։</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="257"/>
        <source>Удаление пользователя</source>
        <translation>Օգտատիրոջ հեռացում</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="257"/>
        <source>Удалить</source>
        <translation>Հեռացնել</translation>
    </message>
</context>
<context>
    <name>_WorkDialog</name>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="45"/>
        <source>Выполняется…</source>
        <translation>Կատարվում է…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="50"/>
        <source>Отмена</source>
        <translation>Չեղարկել</translation>
    </message>
</context>
</TS>
