<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy_AM" sourcelanguage="ru_RU">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="121"/>
        <source>Новый пользователь</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="122"/>
        <source>Добавить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="124"/>
        <source>латиницей, например ivanov.a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="131"/>
        <source>вводит и изменяет записи о лицах</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="132"/>
        <source>просматривает, подписывает, утверждает уничтожение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="133"/>
        <source>пользователи, резервные копии, настройки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="134"/>
        <source>только доставка и проверка пакетов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="145"/>
        <source>Имя пользователя:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="146"/>
        <source>ФИО:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="147"/>
        <source>Роли:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="148"/>
        <source>Пароль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="149"/>
        <source>Повторите пароль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="166"/>
        <source>Пароли не совпадают.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="113"/>
        <source>Сменить пароль…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="116"/>
        <source>&amp;Администрирование</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="119"/>
        <source>Пользователи…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="122"/>
        <source>Журнал аудита</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="125"/>
        <source>Сроки хранения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="131"/>
        <source>Резервная копия…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="134"/>
        <source>Автоматическая блокировка…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="139"/>
        <source>Бланк и подписание…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="164"/>
        <source>Недоступно для ваших ролей</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="213"/>
        <source>Автоматическая блокировка: через {minutes} мин бездействия.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="232"/>
        <source>Создать копию…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="45"/>
        <source>Состояние</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="51"/>
        <source>Вступление в силу:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="53"/>
        <source>Прекращение:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="55"/>
        <source>Обмен перечнями подписантов (45 дней):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="60"/>
        <source>Получено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="61"/>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="161"/>
        <source>Уведомление</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="62"/>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="162"/>
        <source>Сторона</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="63"/>
        <source>Реквизиты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="64"/>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="165"/>
        <source>Примечание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="68"/>
        <source>Записать уведомление…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="75"/>
        <source>Соглашение вступает в силу с даты получения последнего уведомления о внутригосударственных процедурах и прекращается через шесть месяцев после получения уведомления о прекращении.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="92"/>
        <source>о выполнении внутригосударственных процедур</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="93"/>
        <source>о прекращении</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="103"/>
        <source>не вступило (нет уведомлений обеих Сторон)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="106"/>
        <source>уведомление получено {notice}; прекращает действие {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="112"/>
        <source>уведомлений о прекращении нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="114"/>
        <source>срок начнётся со вступления в силу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="116"/>
        <source>срок {due}; наш перечень направлен {sent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="121"/>
        <source>срок {due} истёк, наш перечень не направлен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="126"/>
        <source>срок {due}, осталось {days} дн.; наш перечень не направлен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="131"/>
        <source>; перечень другой Стороны получен {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="151"/>
        <source>Уведомление по ст. 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="163"/>
        <source>Дата получения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="164"/>
        <source>Реквизиты ноты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="166"/>
        <source>Прекратит действие</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="45"/>
        <source>Ответ на запрос согласия — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="48"/>
        <source>Дать согласие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="49"/>
        <source>Отказать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="59"/>
        <source>например, № 12-3/45 от 26.11.2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="65"/>
        <source>Запрашивает:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="66"/>
        <source>Запись:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="68"/>
        <source>передать в {authority} (ст. 11.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="70"/>
        <source>использовать для другой цели (ст. 11.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="71"/>
        <source>Просит:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="72"/>
        <source>Цель:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="73"/>
        <source>Решение:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="74"/>
        <source>Наше письмо:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="75"/>
        <source>Дата решения:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="77"/>
        <source>Записать ответ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="84"/>
        <source>Выберите решение: дать согласие или отказать.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="104"/>
        <source>согласие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="104"/>
        <source>отказ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="108"/>
        <source>Ответ записан ({decision}). Он уйдёт со следующим пакетом в {authority} («Обмен» → «Выгрузить пакет…»).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="42"/>
        <source>Вложения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="53"/>
        <source>Приложить файл…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="55"/>
        <source>Проверить подпись…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="57"/>
        <source>Проверить электронную подпись вложения PDF по доверенным сертификатам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="81"/>
        <source>Вложение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="81"/>
        <source>Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="99"/>
        <source> (с шагом {seq})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="110"/>
        <source>{name}, {size} — будет сохранено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="147"/>
        <source>Проверка подписи…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="75"/>
        <source>№</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="76"/>
        <source>Время</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="77"/>
        <source>Пользователь</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="78"/>
        <source>Действие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="79"/>
        <source>Запись</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="80"/>
        <source>Цель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="81"/>
        <source>Подробности</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="74"/>
        <source>Журнал аудита — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="77"/>
        <location filename="../migdesk/ui/audit_window.py" line="276"/>
        <source>Проверка цепочки хешей…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="82"/>
        <source>Проверить снова</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="95"/>
        <source>все</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="97"/>
        <source>Все действия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="101"/>
        <source>идентификатор записи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="104"/>
        <source>с</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="105"/>
        <source>по</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="106"/>
        <source>Показать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="112"/>
        <source>Пользователь:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="114"/>
        <source>Действие:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="116"/>
        <source>Запись:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="157"/>
        <source>Показать ещё {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="161"/>
        <source>Выгрузить в PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="163"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="177"/>
        <source>Каждая запись содержит хеш предыдущей: изменение, удаление или перестановка записей нарушают цепочку; вершина цепочки позволяет обнаружить отсечение последних записей. Просмотр журнала тоже записывается в журнал.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="243"/>
        <source>Показаны последние {count} записей.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="245"/>
        <source>Записей: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="293"/>
        <source>Цепочка хешей цела: {count} записей.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="299"/>
        <source>ЦЕПОЧКА НАРУШЕНА: {problem}. Первая повреждённая запись № {first}; до неё цела {count} записей.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="304"/>
        <source>Вершина цепочки при проверке: {head}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="321"/>
        <source>Выгрузить журнал аудита</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="322"/>
        <source>Документы PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="323"/>
        <source>Журнал аудита {date}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="341"/>
        <source>Выгрузка журнала аудита в PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="354"/>
        <source>Журнал выгружен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="355"/>
        <source>Журнал аудита выгружен: {path}
Записей: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="364"/>
        <source>Не удалось записать файл «{path}».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthoritiesTab</name>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="48"/>
        <source>Код</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="49"/>
        <source>Сторона</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="50"/>
        <source>Наименование (именительный падеж)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="51"/>
        <source>Кратко</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="52"/>
        <source>Компетентен с</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="53"/>
        <source>по</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="54"/>
        <source>Преемник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="61"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="149"/>
        <source>Действует с</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="62"/>
        <source>Именительный падеж</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="63"/>
        <source>Дательный падеж</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="64"/>
        <source>Изменение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="65"/>
        <source>Уведомление</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="69"/>
        <source>Переименование…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="71"/>
        <source>Замена органа…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="77"/>
        <source>История наименований выбранного органа: документы берут имя на их дату.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="123"/>
        <source>по Соглашению</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="124"/>
        <source>переименование</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="125"/>
        <source>образован (замена)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="131"/>
        <source> от {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="136"/>
        <source>исходное</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="146"/>
        <source>Переименование органа {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="150"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="192"/>
        <source>Наименование (именительный)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="151"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="193"/>
        <source>Наименование (дательный)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="152"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="194"/>
        <source>Краткое наименование</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="153"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="188"/>
        <source>Уведомление (номер, дата ноты)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="154"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="189"/>
        <source>Получено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="174"/>
        <source>Замена органа {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="181"/>
        <source>Код органа-преемника</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="187"/>
        <source>С даты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="190"/>
        <source>Для нового органа укажите его наименования:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <location filename="../migdesk/ui/tasks.py" line="165"/>
        <source>Отмена…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/tasks.py" line="216"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/tasks.py" line="221"/>
        <source>Выполняется…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="79"/>
        <source>Резервная копия — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="84"/>
        <source>Другая папка…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="93"/>
        <source>Создать копию</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="96"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="104"/>
        <source>Копия зашифрована тем же ключом, что и хранилище, и открывается теми же паролями. Рядом с ней записывается файл ключей (.keys): храните их вместе. Размер хранилища: {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="110"/>
        <source>Куда записать:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="123"/>
        <source>Домашняя папка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="128"/>
        <source>Съёмный носитель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="128"/>
        <source>Папка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="130"/>
        <source>свободно {free} из {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="135"/>
        <source>свободное место неизвестно</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="162"/>
        <source>Папка копии: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="165"/>
        <source>На этом носителе может не хватить места (нужно около {size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="173"/>
        <source>Папка для резервной копии</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="204"/>
        <source>Создание и проверка резервной копии…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="219"/>
        <source>Резервная копия создана</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="221"/>
        <source>Резервная копия создана и проверена:
{path}

Файл ключей: {keys}
Размер: {size}; записей о лицах: {persons}.

Храните оба файла вместе.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="241"/>
        <source>Резервное копирование отменено; неполная копия удалена.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/drives.py" line="95"/>
        <source>Б</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/drives.py" line="96"/>
        <source>КБ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/drives.py" line="97"/>
        <source>МБ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/drives.py" line="98"/>
        <source>ГБ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/drives.py" line="99"/>
        <source>ТБ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="60"/>
        <source>Резервная копия этого хранилища ещё не создавалась.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="65"/>
        <source>Последняя резервная копия — {date}: старше {days} дн.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="77"/>
        <source>Подписать и напечатать — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="89"/>
        <source>Ключ подписанта (один для всех документов)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="93"/>
        <source>Напечатать (с местом для собственноручной подписи)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="95"/>
        <source>Сохранить подписанные PDF в папку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="98"/>
        <source>Выбрать папку…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="115"/>
        <source>Подписать и напечатать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="119"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="127"/>
        <source>Документы нашей Стороны по выбранным запросам:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="143"/>
        <source>Загрузка…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="152"/>
        <source>нет документа нашей Стороны</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="154"/>
        <source>Документов: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="163"/>
        <source>Папка для подписанных документов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="187"/>
        <source>Выберите папку для подписанных документов.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="191"/>
        <source>Отметьте печать или сохранение в папку.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="197"/>
        <source>Печать документов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="214"/>
        <source>Для запроса {title} нет письма нашей Стороны для подписания.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="221"/>
        <source>Выполняется…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="224"/>
        <source>Подписание и печать документов…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="247"/>
        <source>Подписано: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="249"/>
        <source>напечатано страниц: {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="251"/>
        <source>сохранено файлов: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="252"/>
        <source>не выполнено: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="255"/>
        <source>Отменено. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleLogWindow</name>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="85"/>
        <source>Журнал пакетов — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="88"/>
        <source>Направление</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="89"/>
        <source>Орган</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="90"/>
        <source>Канал</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="91"/>
        <source>№</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="92"/>
        <source>Создан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="93"/>
        <source>Вид</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="94"/>
        <source>Статус</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="95"/>
        <source>Подтверждён</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="96"/>
        <source>Содержимое</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="110"/>
        <source>Реестр передачи…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="112"/>
        <source>Реестр передачи курьеру для выбранных отправленных пакетов (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="116"/>
        <source>Обновить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="126"/>
        <source>Отправленные пакеты подтверждаются пакетом-ответом органа-партнёра. Красные строки — номера, которые партнёр использовал, но пакеты до нас не дошли: запросите их повторно.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="140"/>
        <source>отправлен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="142"/>
        <source>получен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="143"/>
        <source>не получен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="147"/>
        <source>пропуск: пакета нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="148"/>
        <source>записан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="148"/>
        <source>загружен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="156"/>
        <source>ожидается</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="157"/>
        <source>не отправлено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="161"/>
        <source>лица</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="162"/>
        <source>подтверждения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="163"/>
        <source>сопроводительное письмо</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="218"/>
        <source>Отправлено: {sent} (ждут подтверждения: {waiting}); получено: {got}; пропущено: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatePick</name>
    <message>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="25"/>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="75"/>
        <source>не выбран (можно добавить позже)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="27"/>
        <source>Выбрать файл…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="29"/>
        <source>Убрать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="41"/>
        <source>Сертификат подписанта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="63"/>
        <source>{name}; действителен с {start} по {end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../migdesk/ui/confirm.py" line="14"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentFormDialog</name>
    <message>
        <location filename="../migdesk/ui/consents/form_dialog.py" line="42"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/form_dialog.py" line="68"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentScreens</name>
    <message>
        <location filename="../migdesk/ui/consents/menu.py" line="26"/>
        <source>Согласия (ст. 11)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentTermsDialog</name>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="30"/>
        <source>Условия согласия — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="34"/>
        <source>например: сведения, направленные письмом № 12-3/45 от 05.03.2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="39"/>
        <source>третья сторона; пусто — использование в иных целях (п. 2 ст. 11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="43"/>
        <source>для чего сведения будут переданы или использованы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="52"/>
        <source>Сведения:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="53"/>
        <source>Получатель:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="54"/>
        <source>Цель:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="59"/>
        <source>Сформировать письмо</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="60"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="68"/>
        <source>Письмо о согласии или об отказе в согласии строится по шагу «ответ» или «отказ» входящего запроса. Укажите, какие сведения партнёр просит передать, кому и для чего: согласие действует только для них.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="85"/>
        <source>Укажите, какие сведения просят передать.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="87"/>
        <source>Укажите цель передачи или использования.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="89"/>
        <source>Слишком длинный текст: не более {limit} знаков в поле.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentWindow</name>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="77"/>
        <source>Согласия предоставившей стороны (ст. 11) — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="81"/>
        <source>Все запросы согласия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="82"/>
        <source>Входящие, ждут нашего ответа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="83"/>
        <source>Исходящие (наши запросы)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="86"/>
        <source>Показать:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="94"/>
        <source>Направление</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="95"/>
        <source>Другой орган</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="96"/>
        <source>Запись</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="97"/>
        <source>Передача кому</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="98"/>
        <source>Состояние</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="99"/>
        <source>Дата решения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="100"/>
        <source>Письмо</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="101"/>
        <source>Цель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="114"/>
        <source>Ответить…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="118"/>
        <source>Отвечать может сотрудник (роль officer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="119"/>
        <source>Обновить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="130"/>
        <source>Входящие — запросы других органов о согласии на передачу предоставленных нами сведений третьей стороне (ст. 11.3) или на их использование для другой цели (ст. 11.2). Исходящие — наши такие запросы. Запросы и ответы уходят со следующим пакетом этому органу («Обмен» → «Выгрузить пакет…»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="204"/>
        <source>Показано: {shown}; входящих ждут нашего ответа: {waiting}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="208"/>
        <source>Запросов согласия нет.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="22"/>
        <source>← входящий</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="23"/>
        <source>→ исходящий</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="35"/>
        <source>другая цель (ст. 11.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="40"/>
        <source>запрошено, ждёт отправки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="41"/>
        <source>запрос отправлен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="42"/>
        <source>ждёт ответа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="43"/>
        <source>согласие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="44"/>
        <source>отказ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="49"/>
        <source>, ждёт отправки</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourierDialog</name>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="55"/>
        <source>В файле {name} нет сертификата УЦ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="77"/>
        <source>Проверка пакета (курьер) — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="81"/>
        <source>Папка пакета *.mdbundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="82"/>
        <source>Выбрать папку…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="88"/>
        <source>необязательно: файл УЦ отправителя (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="89"/>
        <source>Выбрать файл…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="94"/>
        <source>Проверить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="107"/>
        <source>Отправитель:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="108"/>
        <source>Получатель:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="109"/>
        <source>Номер пакета:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="110"/>
        <source>Создан:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="111"/>
        <source>Вид:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="112"/>
        <source>Размер:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="113"/>
        <source>Подпись:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="114"/>
        <source>Подписант:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="115"/>
        <source>Отпечаток (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="116"/>
        <source>Контрольные суммы:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="131"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="139"/>
        <source>Пакет:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="140"/>
        <source>УЦ отправителя:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="145"/>
        <source>Проверка не требует хранилища и пароля и ничего не расшифровывает: показываются только ярлык пакета, подпись и контрольные суммы файлов.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="161"/>
        <source>Папка пакета (*.mdbundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="169"/>
        <source>Сертификат УЦ отправителя</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="170"/>
        <source>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="186"/>
        <source>Проверка контрольных сумм…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="208"/>
        <source>действительна, подписант проверен по УЦ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="210"/>
        <source>цела, но подписант не проверен (укажите УЦ отправителя)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="212"/>
        <source>неизвестный подписант</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="213"/>
        <source>сертификат подписанта просрочен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="214"/>
        <source>сертификат подписанта отозван</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="215"/>
        <source>подписал не указанный отправитель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="216"/>
        <source>недействительна</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="227"/>
        <source>Пакет цел: контрольные суммы совпадают, подпись действительна, подписант проверен по сертификату УЦ отправителя.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="233"/>
        <source>Контрольные суммы совпадают и подпись цела, но подписант НЕ проверен: без сертификата УЦ отправителя нельзя сказать, кто подписал пакет. Укажите УЦ отправителя и проверьте снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="239"/>
        <source>Пакет НЕ прошёл проверку — не передавайте его как исправный.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="249"/>
        <source>{sequence} (канал {channel})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="256"/>
        <source>{size}, файлов: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="262"/>
        <source>ярлык не читается</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="266"/>
        <source>в порядке</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="266"/>
        <source>НЕ совпадают</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="271"/>
        <source>Имя папки не соответствует ярлыку (ожидалось {name}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="59"/>
        <source>Сроки исполнения запросов (п. 3 ст. 10: не более 30 дней)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="65"/>
        <source>Обновить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="67"/>
        <source>Открыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="78"/>
        <source>Осталось дней</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="79"/>
        <source>Срок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="80"/>
        <location filename="../migdesk/ui/requests/dashboard.py" line="92"/>
        <source>Номер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="81"/>
        <source>Поступил</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="82"/>
        <source>От кого</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="83"/>
        <location filename="../migdesk/ui/requests/dashboard.py" line="95"/>
        <source>Состояние</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="84"/>
        <location filename="../migdesk/ui/requests/dashboard.py" line="96"/>
        <source>Существо</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="90"/>
        <source>Ждём дней</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="91"/>
        <source>Направлен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="93"/>
        <source>Вид</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="94"/>
        <source>Кому</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="104"/>
        <source>Входящих запросов на исполнении нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="105"/>
        <source>Запросов, ожидающих ответа, нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="108"/>
        <source>Красным — срок истёк; жёлтым — осталось не более {days} дней. Двойной щелчок открывает запрос.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="112"/>
        <source>Входящие запросы на исполнении</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="116"/>
        <source>Наши запросы, ожидающие ответа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="154"/>
        <source>Загрузка…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="168"/>
        <source>Срок обмена перечнями подписантов и образцами бланков (п. 3 ст. 9) истёк {date}: направьте их другой Стороне (Справочники → «Подписанты и бланки»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="173"/>
        <source>До {date} (осталось дней: {days}) нужно направить другой Стороне перечни подписантов и образцы бланков (п. 3 ст. 9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="188"/>
        <source>На {day}: на исполнении {count}, просрочено {overdue}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoFill</name>
    <message>
        <location filename="../migdesk/ui/demo_fill.py" line="57"/>
        <source>Демо-данные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/demo_fill.py" line="58"/>
        <source>Сколько синтетических записей добавить?
(помечены как демонстрационные)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/demo_fill.py" line="72"/>
        <source>Добавление {count} демо-записей…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="36"/>
        <source>Уничтожение записи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="42"/>
        <source>Запись, её история изменений, фотографии и поисковый индекс будут уничтожены без возможности восстановления. Останутся только акт об уничтожении и запись журнала аудита.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="53"/>
        <source>Уничтожить досрочно: срок хранения истекает {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="61"/>
        <source>Запись:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="62"/>
        <source>Хранить до:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="63"/>
        <source>Основание:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="65"/>
        <source>Уничтожить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="67"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../migdesk/ui/display.py" line="67"/>
        <source>ключ подписи пакетов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/display.py" line="68"/>
        <source>ключ шифрования пакетов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/display.py" line="69"/>
        <source>удостоверяющий центр</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="134"/>
        <source>Документ — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="167"/>
        <source>Документ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="168"/>
        <source>Регистрационный номер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="169"/>
        <source>Листов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="170"/>
        <source>SHA-256 содержания (QR-код)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="171"/>
        <source>Подпись</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="175"/>
        <source>Условия согласия…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="178"/>
        <source>Подписать…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="182"/>
        <source>Подписывает руководитель или сам уполномоченный подписант (п. 3 ст. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="184"/>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="431"/>
        <source>Печать…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="186"/>
        <source>Сохранить как…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="188"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="211"/>
        <source>Для этой записи документов нашей Стороны нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="283"/>
        <source>Отменено.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="303"/>
        <source>Для письма о согласии укажите сведения, получателя и цель.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="311"/>
        <source>Документ формируется…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="318"/>
        <source>Предпросмотр документа не удался.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="330"/>
        <source>№ {number} от {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="338"/>
        <source>Подписан (PAdES); печатный экземпляр — для собственноручной подписи.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="342"/>
        <source>Не подписан; место для собственноручной подписи.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="370"/>
        <source>Подписать: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="386"/>
        <source>Подписание документа…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="387"/>
        <source>Подписание…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="397"/>
        <source>Печать документа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="416"/>
        <source>Документ № {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="423"/>
        <source>Отправлено на печать: {pages} стр.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="430"/>
        <source>Печать документа…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="441"/>
        <source>Сохранить документ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="441"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="451"/>
        <source>Не удалось сохранить файл «{path}»: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="463"/>
        <source>Сохранено: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="466"/>
        <source>Сохранение…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="62"/>
        <source>запрос</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="63"/>
        <source>ответ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="64"/>
        <source>запрос-сведений</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="65"/>
        <source>уведомление-о-препятствиях</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="66"/>
        <source>уведомление-об-отсрочке</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="67"/>
        <source>отказ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="68"/>
        <source>запрос-подтверждения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="69"/>
        <source>сопроводительное-письмо</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="70"/>
        <source>согласие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="71"/>
        <source>сведения-о-лице</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="72"/>
        <source>реестр-передачи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="73"/>
        <source>акт-уничтожения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="81"/>
        <source>-подписан</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="92"/>
        <source>Возможные дубликаты — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="98"/>
        <source>В хранилище уже есть похожие записи. Проверьте, не то же ли это лицо: откройте его запись или сохраните новую, указав основание.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="105"/>
        <source>вероятно то же лицо</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="107"/>
        <source>возможный дубликат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="109"/>
        <source>{name} — {level}, {score}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="121"/>
        <source>Новая запись</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="123"/>
        <source>Запись в хранилище</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="130"/>
        <source>Основание: почему это другое лицо (записывается в журнал аудита)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="134"/>
        <source>Открыть эту запись</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="136"/>
        <source>Сохранить как новое лицо</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="138"/>
        <source>Вернуться к вводу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="166"/>
        <source>Почему похоже: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="51"/>
        <source>Возможные дубликаты — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="56"/>
        <source>Пары записей, которые могут относиться к одному лицу: сходство ФИО в обоих алфавитах, даты рождения, номеров документов. Проверьте каждую пару.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="60"/>
        <source>Найти</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="69"/>
        <source>Запись 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="69"/>
        <source>Запись 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="69"/>
        <source>Вероятность</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="69"/>
        <source>Почему</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="83"/>
        <source>Основание решения (в журнал аудита)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="85"/>
        <source>Открыть запись 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="87"/>
        <source>Открыть запись 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="89"/>
        <source>Разные лица</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="91"/>
        <source>Одно лицо (связать)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="93"/>
        <source>Объединить в запись 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="126"/>
        <source>Идёт поиск…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="129"/>
        <source>Поиск возможных дубликатов по всему реестру…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="151"/>
        <source>Поиск прерван.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="158"/>
        <source>вероятно то же лицо</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="160"/>
        <source>возможный дубликат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="174"/>
        <source>Найдено пар: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="176"/>
        <source>Возможных дубликатов нет.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../migdesk/ui/exchange/common.py" line="52"/>
        <source>да</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/common.py" line="54"/>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/common.py" line="60"/>
        <source>подтверждение получения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/common.py" line="61"/>
        <source>данные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/common.py" line="68"/>
        <source>основной</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../migdesk/ui/exchange/menu.py" line="35"/>
        <source>&amp;Обмен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/menu.py" line="36"/>
        <source>Выгрузить пакет…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/menu.py" line="39"/>
        <source>Загрузить пакет…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/menu.py" line="42"/>
        <source>Журнал пакетов</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="88"/>
        <source>Выгрузить пакет — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="109"/>
        <source>Добавить из реестра…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="111"/>
        <source>Убрать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="122"/>
        <source>Сопроводительный текст: зачем направляются сведения (ст. 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="126"/>
        <source>Включить подтверждения получения для ещё не подтверждённых пакетов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="144"/>
        <source>Другая папка…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="155"/>
        <source>Выгрузить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="159"/>
        <source>Реестр передачи…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="161"/>
        <source>Реестр передачи курьеру для записанного пакета (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="165"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="169"/>
        <source>Получатель:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="170"/>
        <source>Запросы и письма:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="171"/>
        <source>Лица (ст. 8):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="172"/>
        <source>Сопроводительное письмо:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="175"/>
        <source>Куда записать:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="178"/>
        <source>ПИН-код токена «{label}»:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="188"/>
        <source>ключом этого хранилища</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="190"/>
        <source>ключом органа на токене «{label}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="195"/>
        <source>Пакет шифруется для органа-получателя и подписывается {signed_by}. Записи, полученные от другого органа, направляются только ему, если нет его письменного согласия (ст. 11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="209"/>
        <source>Нет доверенных органов-партнёров: администратор должен сначала импортировать их сертификаты.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="215"/>
        <source>Домашняя папка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="229"/>
        <source>Нет получателей: администратор загружает сертификат другой Стороны (migdesk-cli authority trust).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="236"/>
        <source>Поиск запросов и писем, ожидающих отправки…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="253"/>
        <source>сообщение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="255"/>
        <source>№ {number} — {kind}, {direction}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="281"/>
        <source>Отметьте, что войдёт в пакет; отмеченное при записи пакета станет направленным.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="288"/>
        <source>Нет запросов и писем к отправке: подписанные («Запросы» → запрос → «Подписать…») появятся здесь.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="351"/>
        <source>Съёмный носитель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="351"/>
        <source>Папка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="353"/>
        <source>свободно {free}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="355"/>
        <source>свободное место неизвестно</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="379"/>
        <source>Папка для пакета</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="391"/>
        <source>запросов согласия — {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="393"/>
        <source>ответов о согласии — {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="396"/>
        <source>изменений перечня подписантов — {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="399"/>
        <source>Включить ожидающие отправки (ст. 9, 11): {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="414"/>
        <source>Выберите носитель или папку.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="421"/>
        <source>Ключ подписи органа хранится на токене «{label}»: подключите токен и введите его ПИН-код.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="469"/>
        <source>Запись и проверка пакета…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="487"/>
        <source>{message}
Номер пакета: {sequence}
Папка: {path}
SHA-256 ярлыка: {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="520"/>
        <source>Выгрузка отменена. Пакет не записан.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="48"/>
        <source>Записать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="51"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="73"/>
        <source>Не записано: исправьте отмеченные поля.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="29"/>
        <source>История появится после первого сохранения.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="33"/>
        <source>Редакция</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="33"/>
        <source>Когда</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="33"/>
        <source>Кто</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="33"/>
        <source>Что изменено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="46"/>
        <source>создание записи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="46"/>
        <source>изменение</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../migdesk/ui/idle_lock.py" line="222"/>
        <source>Хранилище заблокировано автоматически: нет действий {minutes} мин.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/idle_lock.py" line="227"/>
        <source>Хранилище заблокировано: работа программы приостановлена.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/idle_lock.py" line="230"/>
        <source>Хранилище заблокировано вместе с экраном компьютера.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="285"/>
        <source>Несохранённые изменения сохранены как зашифрованный черновик в хранилище (карточек: {count}) и будут открыты после входа.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="291"/>
        <source>Несохранённые изменения не сохранены (карточек: {count}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleLockDialog</name>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="53"/>
        <source>Автоматическая блокировка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="62"/>
        <source>Сохранить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="65"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="68"/>
        <source>Блокировать после бездействия, мин:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="77"/>
        <source>Хранилище блокируется, когда за это время не было ни нажатий клавиш, ни действий мышью, а также при блокировке экрана компьютера. Открытые карточки при этом закрываются без сохранения. Настройка действует для всех пользователей этого хранилища.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePick</name>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="88"/>
        <source>не выбран</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="91"/>
        <source>Выбрать изображение…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="100"/>
        <source>Изображение</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="82"/>
        <source>Загрузить пакет — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="86"/>
        <source>Папка пакета *.mdbundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="88"/>
        <source>Выбрать папку…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="90"/>
        <source>Проверить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="101"/>
        <source>Что изменится</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="101"/>
        <source>Подробности</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="105"/>
        <source>Конфликты — решите для каждой записи, какую версию оставить:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="110"/>
        <source>Лицо</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="110"/>
        <source>Различаются поля</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="110"/>
        <source>Решение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="127"/>
        <source>Загрузить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="130"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="141"/>
        <source>Сначала пакет проверяется и показывается, что изменится; хранилище при этом не меняется. Загрузка выполняется целиком или не выполняется вовсе.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="182"/>
        <source>Папка пакета (*.mdbundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="211"/>
        <source>Проверка и расшифровка пакета…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="240"/>
        <source>новое лицо</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="242"/>
        <source>вероятно то же лицо, что {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="244"/>
        <source>возможно то же лицо, что {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="263"/>
        <source>Отметьте, чтобы связать с записью {id}: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="281"/>
        <source>Отправитель: {sender}; пакет № {sequence} (канал {channel}); вид: {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="292"/>
        <source>Проверено: подпись отправителя действительна (сертификат {sender}, которому доверяет это хранилище), пакет не изменён и адресован нашему органу.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="297"/>
        <source>Цель: {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="299"/>
        <source>Сопроводительное письмо: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="301"/>
        <source>Этот пакет уже был загружен ранее; ничего не изменится.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="306"/>
        <source>При загрузке будет записано: новых лиц — {new}, обновлений — {updated}, запросов и сообщений — {requests}, писем по запросам — {letters}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="318"/>
        <source>Похожи на лиц из нашего реестра: {n}. Отметьте тех, кого нужно связать с нашей записью; полученная запись останется отдельной, с ограничениями отправителя.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="331"/>
        <source>Новые лица: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="335"/>
        <source>Обновления: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="339"/>
        <source>изменятся поля: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="347"/>
        <source>Без изменений: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="348"/>
        <source>совпадает с записью в хранилище</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="361"/>
        <source>Запросы и письма: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="372"/>
        <source>Перечень подписантов (п. 4 ст. 9): {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="383"/>
        <source>Подтверждает получение наших пакетов: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="395"/>
        <source>Пропущены пакеты № {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="398"/>
        <source>запросите их у отправителя повторно</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="412"/>
        <source>— выберите —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="413"/>
        <source>Оставить свою запись</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="414"/>
        <source>Принять из пакета</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="466"/>
        <source>Загрузка пакета…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="475"/>
        <source>Пакет № {sequence} от {sender} загружен: новых лиц — {new}, обновлено — {updated}, зарегистрировано запросов и сообщений — {requests}, записано писем по запросам — {letters}, подтверждено наших пакетов — {acks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="488"/>
        <source>Пакет уже был загружен ранее; ничего не изменено.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="500"/>
        <source>Пакет отклонён: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="506"/>
        <source>Отменено; хранилище не изменено.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalsTab</name>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="54"/>
        <source>Орган</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="55"/>
        <source>Год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="57"/>
        <source>Входящие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="58"/>
        <source>Исходящие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="64"/>
        <source>Сохранить шаблон</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="83"/>
        <source>Шаблон номера: {seq} — порядковый номер (обязателен, один раз); можно добавить {year}, {yy}, {authority}. Например: 12-3/{seq}. Нумерация без пропусков, номера не используются повторно; новый шаблон действует для следующих номеров.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="106"/>
        <source>например: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="111"/>
        <source>шаблон неверен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="125"/>
        <source>Шаблон не сохранён.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyChooser</name>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="121"/>
        <source>Файл ключа PKCS#12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="122"/>
        <source>Токен PKCS#11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="129"/>
        <source>Поддержка токенов PKCS#11 ещё не подключена.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="132"/>
        <source>файл .p12 или .pfx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="133"/>
        <location filename="../migdesk/ui/documents/keys.py" line="148"/>
        <source>Выбрать…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="143"/>
        <source>Файл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="144"/>
        <source>Пароль</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="147"/>
        <source>библиотека PKCS#11 (.so, .dll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="156"/>
        <source>Найти токены</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="163"/>
        <source>необязательно: единственный ключ токена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="168"/>
        <source>Библиотека</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="169"/>
        <source>Токен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="170"/>
        <source>Метка ключа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="171"/>
        <source>PIN-код</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="206"/>
        <source>Файл ключа подписанта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="206"/>
        <source>Ключи PKCS#12 (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="213"/>
        <source>Библиотека PKCS#11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="213"/>
        <source>Библиотеки (*.so *.dll *.dylib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="230"/>
        <source>Токены не найдены.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="252"/>
        <source>Укажите файл ключа.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="258"/>
        <source>Укажите библиотеку PKCS#11 и токен.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="260"/>
        <source>Введите PIN-код токена.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="282"/>
        <source>Подписание — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="288"/>
        <source>Подписать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="289"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="299"/>
        <source>Подписывает лицо из перечня уполномоченных, действующего на дату документа (п. 3 ст. 9 Соглашения).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="47"/>
        <source>Бланк и подписание — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="52"/>
        <source>Министерство внутренних дел Республики Казахстан
Комитет миграционной службы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="61"/>
        <source>Правило «четырёх глаз»: подписывает не автор, а закреплённый за подписантом</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="64"/>
        <source>Сохранить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="67"/>
        <source>Наименование (по строкам)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="68"/>
        <source>Краткое наименование</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="69"/>
        <source>Почтовый адрес</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="70"/>
        <source>Телефон</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="71"/>
        <source>Электронная почта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="72"/>
        <source>Сайт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="77"/>
        <source>Реквизиты печатаются в левом верхнем углу каждого письма (ГОСТ Р 7.0.97). Пустое наименование — наименование органа из реестра на дату письма.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="87"/>
        <source>Выключайте правило только в подразделении из одного сотрудника: тогда руководитель подписывает за любого подписанта из перечня. Изменение записывается в журнал аудита.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="94"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="128"/>
        <source>Хранилище не привязано к компетентному органу.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainInfoTab</name>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="84"/>
        <source>ДД.ММ.ГГГГ, ММ.ГГГГ или ГГГГ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="87"/>
        <source>не указан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="126"/>
        <source>Вставить MRZ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="128"/>
        <source>Заполнить поля из машиносчитываемой зоны паспорта или ID-карты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="139"/>
        <source>Фамилия, имя, отчество</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="144"/>
        <source>На русском</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="145"/>
        <source>Латиницей (как в паспорте)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="150"/>
        <source>Фамилия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="150"/>
        <source>Имя</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="150"/>
        <source>Отчество</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="163"/>
        <source>Если латиница не заполнена, она будет получена из русского написания по ICAO Doc 9303 (показано серым).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="175"/>
        <source>Пол и рождение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="177"/>
        <source>Пол:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="178"/>
        <source>Дата рождения:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="179"/>
        <source>Место рождения:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="183"/>
        <source>Гражданство</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="193"/>
        <source>страна: название или код</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="196"/>
        <source>Добавить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="200"/>
        <source>Удалить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="214"/>
        <source>Персональный номер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="216"/>
        <source>определить по числу цифр</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="226"/>
        <source>Номер:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="227"/>
        <source>Вид:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="232"/>
        <source>Примечания</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="257"/>
        <source>ИИН прошёл проверку: дата рождения {date}, пол {sex}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="266"/>
        <source>Формат номера верный.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="271"/>
        <source>{message}. Это предупреждение: запись можно сохранить.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="422"/>
        <source>MRZ: {errors}. Проверьте данные по документу.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="428"/>
        <source>Данные заполнены из MRZ, контрольные цифры верны.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="45"/>
        <source>MigDesk — Реестр лиц</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="89"/>
        <source>&amp;Файл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="90"/>
        <source>Новое лицо</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="95"/>
        <source>Найти лицо</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="99"/>
        <source>Заполнить демо-данными…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="105"/>
        <source>Возможные дубликаты…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="111"/>
        <source>Заблокировать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="115"/>
        <source>Выход</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="120"/>
        <source>&amp;Справка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="121"/>
        <location filename="../migdesk/ui/main_window.py" line="155"/>
        <source>О программе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="126"/>
        <source>Хранилище: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="128"/>
        <source>Пользователь: {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="143"/>
        <source>Записей: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="149"/>
        <source>MigDesk {version}
Сборка: {commit} от {date}

Рабочее место сотрудников миграционных служб Республики Казахстан и Республики Армения по Соглашению о сотрудничестве в области миграции.

Данные хранятся только на этом компьютере, в зашифрованном хранилище.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="228"/>
        <source>Открыты карточки с изменениями, не сохранёнными до блокировки: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="255"/>
        <source>Остановлено: добавлено {count} демо-записей.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="257"/>
        <source>Добавлено {count} демо-записей.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="102"/>
        <source>Предпросмотр недоступен ({mime}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="111"/>
        <source>Фотографии</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="120"/>
        <source>Фотографий нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="121"/>
        <source>Добавить фото…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="123"/>
        <source>Удалить фото</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="137"/>
        <location filename="../migdesk/ui/media_tab.py" line="219"/>
        <source>Дактилоскопическая карта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="138"/>
        <source>Дактилокарта не загружена.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="139"/>
        <source>Загрузить…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="141"/>
        <source>Удалить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="193"/>
        <source>Фотография</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="193"/>
        <location filename="../migdesk/ui/media_tab.py" line="219"/>
        <source>Изображения (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="231"/>
        <source>Не удалось прочитать файл.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="233"/>
        <source>Поддерживаются изображения JPEG и PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="270"/>
        <source>Фото № {number}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageFields</name>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="66"/>
        <source>Стороны и регистрация</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="81"/>
        <source>Вид сообщения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="82"/>
        <source>Запрашивающий орган</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="83"/>
        <source>Запрашиваемый орган</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="84"/>
        <source>Дата поступления</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="85"/>
        <source>Срок исполнения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="86"/>
        <source>Номер документа другой Стороны</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="87"/>
        <source>Дата документа другой Стороны</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="91"/>
        <source>Содержание (п. 2 ст. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="101"/>
        <source>Сообщение под сомнением</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="102"/>
        <source>Существо</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="103"/>
        <source>Цель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="104"/>
        <source>Обоснование</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="105"/>
        <source>Другая полезная информация</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="106"/>
        <source>Сопроводительный текст (ст. 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="139"/>
        <source>— выберите сообщение —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="189"/>
        <source>{due} (30 календарных дней с даты поступления, п. 3 ст. 10)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../migdesk/ui/messages.py" line="23"/>
        <source>Внутренняя ошибка программы ({name}). Обратитесь к администратору.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="34"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="47"/>
        <source>Ошибка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="70"/>
        <source>Несохранённые изменения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="71"/>
        <source>Сохранить изменения?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="75"/>
        <source>Сохранить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="76"/>
        <source>Не сохранять</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="77"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MrzDialog</name>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="33"/>
        <source>Вставить MRZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="42"/>
        <source>Вставьте 2 строки по 44 символа (паспорт), 2 строки по 36 или 3 строки по 30 (ID-карта)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="59"/>
        <source>Данные сверены с документом — заполнить, несмотря на ошибки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="66"/>
        <source>Заполнить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="68"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="76"/>
        <source>Будут заполнены латинские фамилия и имя, пол, дата рождения, гражданство и паспорт (документ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="123"/>
        <source>{name}; пол: {sex}; дата рождения: {birth}; гражданство: {nationality}; документ № {number}, действителен до {expiry}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="199"/>
        <source>Смена пароля</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="200"/>
        <source>Сменить пароль</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="202"/>
        <source>Сброс пароля</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="203"/>
        <source>Задать пароль</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="212"/>
        <source>Пользователь:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="214"/>
        <source>Текущий пароль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="215"/>
        <source>Новый пароль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="216"/>
        <source>Повторите пароль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="222"/>
        <source>Пароль передайте пользователю лично; хранилище не перешифровывается, меняется только его ключевой слот.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="236"/>
        <source>Пароли не совпадают.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="255"/>
        <source>Текущий пароль указан неверно.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="50"/>
        <source>◀ Предыдущая</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="52"/>
        <source>Следующая ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="61"/>
        <source>По ширине</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="62"/>
        <source>Страница целиком</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="71"/>
        <source>Страница</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="76"/>
        <source>Масштаб</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="132"/>
        <source>из {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="39"/>
        <source>ФИО</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="40"/>
        <source>ФИО латиницей</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="41"/>
        <source>Дата рождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="42"/>
        <source>Пол</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="43"/>
        <source>Гражданство</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="44"/>
        <source>Персональный номер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="45"/>
        <source>Документы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="46"/>
        <source>Место рождения</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="106"/>
        <source>Основные сведения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="107"/>
        <source>Документы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="110"/>
        <source>Ответственность</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="112"/>
        <source>Учёт (регистрация)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="113"/>
        <source>Проживание и работа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="114"/>
        <source>Гражданство</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="115"/>
        <source>Въезд/выезд</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="116"/>
        <source>Фото и дактилокарта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="117"/>
        <source>История</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="119"/>
        <source>Сохранить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="122"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="126"/>
        <source>Сведения о лице (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="183"/>
        <source>Новое лицо — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="186"/>
        <source>без имени</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="187"/>
        <source>{name} — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="272"/>
        <source>Запись сохранена.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="275"/>
        <source>Предупреждения:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="279"/>
        <source>Возможные дубликаты:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="281"/>
        <source>Сохранено с предупреждениями</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="304"/>
        <source>Запись не сохранена: исправьте отмеченные поля.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="398"/>
        <source>Восстановлены изменения, не сохранённые до автоматической блокировки ({moment}). Проверьте их и сохраните или закройте карточку без сохранения.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="57"/>
        <source>Выбор лиц из реестра</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="61"/>
        <source>Фамилия, имя, номер документа или дата рождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="64"/>
        <source>Найти</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="70"/>
        <source>Добавить выбранных</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="73"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="87"/>
        <source>Показываются первые {limit} совпадений.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="105"/>
        <source>Найдено: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="105"/>
        <source>Никого.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonsPanel</name>
    <message>
        <location filename="../migdesk/ui/requests/request_persons.py" line="30"/>
        <source>Лица и категории сведений (ст. 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_persons.py" line="37"/>
        <source>Добавить из реестра…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_persons.py" line="39"/>
        <source>Убрать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_persons.py" line="50"/>
        <source>Лица</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_persons.py" line="63"/>
        <source>Запрашиваемые сведения</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../migdesk/ui/documents/printing.py" line="50"/>
        <source>Документ не удалось подготовить к печати.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/printing.py" line="72"/>
        <source>Не удалось начать печать: принтер недоступен.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/printing.py" line="78"/>
        <source>Принтер прервал печать.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="151"/>
        <source>Данные для писем: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="158"/>
        <source>Сохранить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="161"/>
        <source>Фамилия, имя, отчество</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="162"/>
        <source>Должность</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="163"/>
        <source>Телефон</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="168"/>
        <source>Печатается в отметке об исполнителе, в реестре передачи и в акте об уничтожении. Без ФИО отметка об исполнителе не печатается.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="175"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="54"/>
        <source>Действия (ст. 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="61"/>
        <source>Ход исполнения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="65"/>
        <source>Дата</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="66"/>
        <source>Шаг</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="67"/>
        <source>Кто</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="68"/>
        <source>Номер письма</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="69"/>
        <source>Текст</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="81"/>
        <source>Шаги появятся после сохранения.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="103"/>
        <source>Для этого сообщения шагов исполнения нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="109"/>
        <source>Сначала сохраните проект.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="135"/>
        <source>Подписал: {who}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="140"/>
        <source>Направлен: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="142"/>
        <source>Завершён: {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvenanceBanner</name>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="34"/>
        <source>надёжный</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="35"/>
        <source>как правило надёжный</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="36"/>
        <source>недостаточно надёжный</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="37"/>
        <source>ненадёжный</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="38"/>
        <location filename="../migdesk/ui/provenance_banner.py" line="45"/>
        <source>не оценена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="41"/>
        <source>подтверждены</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="42"/>
        <source>вероятно достоверны</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="43"/>
        <source>возможно достоверны</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="44"/>
        <source>сомнительны</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="57"/>
        <source>Источник: {authority}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="63"/>
        <source>пакет № {number} от {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="67"/>
        <source>пакет № {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="71"/>
        <source>запрос № {number} от {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="82"/>
        <source>цель: {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="83"/>
        <source>передача третьим лицам только с письменного согласия предоставившей стороны (ст. 11.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="89"/>
        <source>предоставившая сторона не ограничила передачу третьим лицам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="95"/>
        <source>хранить до {date} (ст. 11.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="103"/>
        <source>надёжность источника {grade} — {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="110"/>
        <source>достоверность сведений {grade} — {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="136"/>
        <source>Происхождение и ограничения обработки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="137"/>
        <source>Запросить согласие…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="139"/>
        <source>Согласие предоставившей стороны на передачу или иное использование (ст. 11)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPrinter</name>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="40"/>
        <source>Реестр передачи пакетов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="41"/>
        <source>Документы PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="42"/>
        <source>Реестр передачи пакетов {date}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="58"/>
        <source>Составление реестра передачи…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="69"/>
        <source>Реестр составлен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="70"/>
        <source>Реестр передачи сохранён: {path}
Пакетов в реестре: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistriesWindow</name>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="30"/>
        <source>Справочники — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="45"/>
        <source>Компетентные органы (ст. 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="46"/>
        <source>Соглашение (ст. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="47"/>
        <source>Подписанты и бланки (п. 3, 4 ст. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="48"/>
        <source>Журналы регистрации</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="51"/>
        <source>Изменять справочники могут администратор и руководитель; остальным — просмотр.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="35"/>
        <source>Фамилия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="36"/>
        <source>Имя</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="37"/>
        <source>Отчество</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="38"/>
        <source>Латиницей</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="39"/>
        <source>Пол</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="40"/>
        <source>Дата рождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="41"/>
        <source>Гражданство</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="42"/>
        <source>Документ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="43"/>
        <source>Получено от</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="139"/>
        <source>Только администратор или руководитель</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../migdesk/ui/registry.py" line="59"/>
        <source>Поиск: фамилия, имя (кириллицей или латиницей), номер документа, дата рождения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="65"/>
        <source>Любое гражданство</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="69"/>
        <source>Любой пол</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="84"/>
        <source>Остановить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="87"/>
        <source>Новое лицо</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="89"/>
        <source>Открыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="204"/>
        <source>Поиск остановлен.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="223"/>
        <source>Найдено: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="225"/>
        <source>Ничего не найдено.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="228"/>
        <source>Реестр пуст. Добавьте лицо кнопкой «Новое лицо» или демо-данные (меню «Файл»).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="14"/>
        <source>Зарегистрирован</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="15"/>
        <source>Взять в работу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="16"/>
        <source>Запросить дополнительные сведения…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="17"/>
        <source>Дополнительные сведения получены</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="18"/>
        <source>Уведомить о препятствиях или задержке…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="19"/>
        <source>Отложить или поставить условия…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="20"/>
        <source>Возобновить исполнение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="21"/>
        <source>Ответить…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="22"/>
        <source>Отказать в исполнении…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="23"/>
        <source>Исполнить частично…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="24"/>
        <source>Отозван другой Стороной</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="25"/>
        <source>Уведомить: без нарушения конфиденциальности не исполнить…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="28"/>
        <source>Другая Сторона согласна на исполнение без конфиденциальности…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="31"/>
        <source>Другая Сторона отозвала запрос (конфиденциальность)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="37"/>
        <source>Создан проект</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="38"/>
        <source>Подписать…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="39"/>
        <source>Направить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="40"/>
        <source>Аннулировать проект</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="41"/>
        <source>Другая Сторона просит дополнительные сведения…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="42"/>
        <source>Дополнительные сведения направлены</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="43"/>
        <source>Получено уведомление о препятствиях…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="44"/>
        <source>Получено уведомление об отсрочке…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="45"/>
        <source>Исполнение возобновлено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="46"/>
        <source>Получен ответ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="47"/>
        <source>Получен отказ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="48"/>
        <source>Получен частичный отказ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="49"/>
        <source>Отозвать запрос</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="50"/>
        <source>Получено уведомление: конфиденциальность не соблюсти…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="53"/>
        <source>Согласиться на исполнение без конфиденциальности…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="56"/>
        <source>Отозвать запрос: конфиденциальность не соблюсти…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="55"/>
        <source>Запрос согласия предоставившей стороны — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="62"/>
        <source>Передать другому органу (ст. 11.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="63"/>
        <source>Использовать для другой цели (ст. 11.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="78"/>
        <source>код органа, например KZ-MTSZN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="92"/>
        <source>Для чего нужна передача или иное использование сведений</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="97"/>
        <source>Запись:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="99"/>
        <source>Получена от:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="100"/>
        <source>Получена для цели:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="101"/>
        <source>Запрашиваем:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="102"/>
        <source>Цель запроса:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="104"/>
        <source>Записать запрос</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="113"/>
        <source>Укажите орган, которому нужно передать сведения.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="126"/>
        <source>Запрос согласия записан. Он уйдёт со следующим пакетом в {authority} («Обмен» → «Выгрузить пакет…»).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../migdesk/ui/kit.py" line="121"/>
        <source>{size} КБ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="119"/>
        <source>Запрос</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="120"/>
        <source>Информация без запроса</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="121"/>
        <source>Запрос о подтверждении</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="128"/>
        <source>входящий</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="129"/>
        <source>исходящий</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestListView</name>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="63"/>
        <source>Входящие и исходящие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="64"/>
        <source>Входящие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="65"/>
        <source>Исходящие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="67"/>
        <source>Любое состояние</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="72"/>
        <source>Любой компетентный орган</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="73"/>
        <source>Только просроченные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="75"/>
        <source>Состояние запросов на конец этого дня</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="86"/>
        <source>на дату</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="90"/>
        <source>Новый запрос</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="92"/>
        <source>Зарегистрировать входящий…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="94"/>
        <source>Информация без запроса (ст. 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="98"/>
        <source>Открыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="102"/>
        <source>Подписать и напечатать…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="103"/>
        <source>Выберите запросы (Ctrl или Shift + щелчок)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="120"/>
        <source>Номер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="121"/>
        <source>Вид</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="122"/>
        <source>Направление</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="123"/>
        <source>Другая Сторона</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="124"/>
        <source>Состояние</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="125"/>
        <source>Поступил / направлен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="126"/>
        <source>Срок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="127"/>
        <source>Существо</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="203"/>
        <source>Показано: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="205"/>
        <source>Запросов нет.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestScreens</name>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="46"/>
        <source>Сроки исполнения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="48"/>
        <source>Реестр лиц</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="49"/>
        <source>Запросы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="60"/>
        <source>С&amp;правочники</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="62"/>
        <source>Компетентные органы, Соглашение, подписанты, журналы…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="66"/>
        <source>Тематическая информация (ст. 4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="70"/>
        <source>С&amp;татистика</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="71"/>
        <source>Статистика запросов (ст. 3)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestSteps</name>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="68"/>
        <source>Зарегистрирован</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="69"/>
        <source>Взят в работу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="70"/>
        <source>Запрошены дополнительные сведения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="71"/>
        <source>Дополнительные сведения получены</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="72"/>
        <source>Направлено уведомление о препятствиях</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="73"/>
        <source>Исполнение отложено или поставлены условия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="74"/>
        <location filename="../migdesk/ui/request_labels.py" line="99"/>
        <source>Исполнение возобновлено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="75"/>
        <source>Направлен ответ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="76"/>
        <source>Отказано в исполнении</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="77"/>
        <source>Исполнен частично</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="78"/>
        <source>Отозван другой Стороной</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="79"/>
        <source>Сообщено: без нарушения конфиденциальности не исполнить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="82"/>
        <source>Другая Сторона согласна на исполнение без конфиденциальности</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="85"/>
        <source>Другая Сторона отозвала запрос (конфиденциальность)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="91"/>
        <source>Создан проект</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="92"/>
        <source>Подписан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="93"/>
        <source>Направлен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="94"/>
        <source>Проект аннулирован</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="95"/>
        <source>Другая Сторона просит дополнительные сведения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="96"/>
        <source>Дополнительные сведения направлены</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="97"/>
        <source>Получено уведомление о препятствиях</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="98"/>
        <source>Получено уведомление об отсрочке</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="100"/>
        <source>Получен ответ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="101"/>
        <source>Получен отказ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="102"/>
        <source>Получен частичный отказ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="103"/>
        <source>Запрос отозван</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="104"/>
        <source>Получено уведомление: конфиденциальность не соблюсти</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="107"/>
        <source>Дано согласие на исполнение без конфиденциальности</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="110"/>
        <source>Запрос отозван: конфиденциальность не соблюсти</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestWindow</name>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="122"/>
        <source>Запросить подтверждение подлинности (п. 5 ст. 9)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="126"/>
        <source>Документ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="130"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="194"/>
        <source>Зарегистрировать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="196"/>
        <source>Сохранить проект</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="199"/>
        <source>Сохранить изменения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="209"/>
        <source>Регистрация входящего: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="211"/>
        <source>Новый исходящий: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="214"/>
        <location filename="../migdesk/ui/requests/request_window.py" line="227"/>
        <source>{what} — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="221"/>
        <source>{kind} № {number} ({direction})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="229"/>
        <source>Состояние: {state}. {source} → {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="235"/>
        <source>Срок истёк {due}: просрочено на {days} дн.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="240"/>
        <source>Срок {due}: осталось {days} дн.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="356"/>
        <source>Не сохранено: исправьте отмеченные поля.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionWindow</name>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="86"/>
        <source>Сроки хранения — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="94"/>
        <source>Сохранить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="98"/>
        <source>Срок хранения по умолчанию, лет:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="102"/>
        <source>(изменяет администратор)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="108"/>
        <source>К уничтожению</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="109"/>
        <source>Акты уничтожения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="114"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="129"/>
        <source>Список доступен сотрудникам и руководителям (роль officer, supervisor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="142"/>
        <source>Обновить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="145"/>
        <source>Срок хранения истёк на дату:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="152"/>
        <source>Вид записи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="153"/>
        <source>Идентификатор</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="154"/>
        <source>Хранить до</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="155"/>
        <source>Срок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="161"/>
        <source>Уничтожить…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="166"/>
        <source>Уничтожение утверждает руководитель (роль supervisor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="169"/>
        <source>Предложить уничтожение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="188"/>
        <source>№ акта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="189"/>
        <source>Дата</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="190"/>
        <source>Запись</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="191"/>
        <source>Уничтожил</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="192"/>
        <source>Основание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="196"/>
        <source>Сохранить акт в PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="201"/>
        <source>Акт можно сохранить повторно в любой момент.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="238"/>
        <source>по умолчанию: лет с даты ввода — {years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="240"/>
        <source>установлен для записи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="251"/>
        <source>Подлежат уничтожению: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="253"/>
        <source>Записей с истёкшим сроком хранения нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="296"/>
        <source>Уничтожение записи {record} предложено; его утверждает другой пользователь — руководитель (правило «четырёх глаз»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="330"/>
        <source>Уничтожение записи и очистка хранилища…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="343"/>
        <source>Запись {record} уничтожена; составлен акт № {number}. Акт можно сохранить повторно на вкладке «Акты уничтожения».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="387"/>
        <source>Акт об уничтожении № {number}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="392"/>
        <source>Сохранить акт об уничтожении № {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="393"/>
        <source>Документы PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="412"/>
        <source>Не удалось записать файл «{path}»; акт можно сохранить повторно.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="419"/>
        <source>Акт № {number} сохранён: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="433"/>
        <source>Срок хранения по умолчанию сохранён (лет: {years}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendInBundle</name>
    <message>
        <location filename="../migdesk/ui/exchange/send_action.py" line="46"/>
        <source>Отправить в пакете…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/send_action.py" line="86"/>
        <source>Выгрузить пакет с этим запросом или письмами по нему</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/send_action.py" line="87"/>
        <source>Нечего отправлять: запрос не подписан или всё уже отправлено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/send_action.py" line="88"/>
        <source>Нет доверенного сертификата органа-партнёра</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoriesTab</name>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="57"/>
        <source>Все органы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="65"/>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="93"/>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="206"/>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="266"/>
        <source>Орган</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="66"/>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="207"/>
        <source>Должность</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="67"/>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="208"/>
        <source>Фамилия, имя, отчество</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="68"/>
        <source>С</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="69"/>
        <source>По</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="70"/>
        <source>Пользователь</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="71"/>
        <source>Сертификат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="72"/>
        <source>Сегодня</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="76"/>
        <source>Добавить подписанта…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="78"/>
        <source>Прекратить полномочия…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="80"/>
        <source>Образец бланка…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="92"/>
        <source>№</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="94"/>
        <source>Изменение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="95"/>
        <source>Направление</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="96"/>
        <source>Состояние</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="97"/>
        <source>Дата</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="98"/>
        <source>Реквизиты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="102"/>
        <source>Отметить направленными…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="105"/>
        <source>Уведомления об изменениях (п. 4 ст. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="127"/>
        <source>включён подписант</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="128"/>
        <source>прекращены полномочия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="129"/>
        <source>образец бланка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="135"/>
        <source>ожидает отправки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="136"/>
        <source>направлено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="137"/>
        <source>получено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="157"/>
        <source>есть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="158"/>
        <source>действует</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="158"/>
        <source>не действует</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="164"/>
        <source>наше</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="164"/>
        <source>другой Стороны</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="186"/>
        <source>Ожидают уведомления другой Стороны: {count} (направить незамедлительно)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="191"/>
        <source>Все изменения уведомлены.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="195"/>
        <source>Новый подписант</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="209"/>
        <source>Полномочия с</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="210"/>
        <source>Полномочия по</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="211"/>
        <source>Пользователь MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="212"/>
        <source>Образец подписи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="213"/>
        <source>Сертификат подписи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="214"/>
        <source>Перечень другой Стороны получен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="217"/>
        <source>Изменение перечня своей Стороны создаёт уведомление, ожидающее отправки.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="243"/>
        <source>Выберите подписанта в таблице.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="245"/>
        <source>Прекращение полномочий</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="248"/>
        <source>Последний день полномочий</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="249"/>
        <source>Уведомление другой Стороны получено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="258"/>
        <source>Образец бланка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="267"/>
        <source>Бланк</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="268"/>
        <source>Действует с</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="269"/>
        <source>Действует по</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="270"/>
        <source>Изображение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="271"/>
        <source>Получен от другой Стороны</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="275"/>
        <source>Не выбрано изображение бланка.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="293"/>
        <source>Уведомления направлены</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="296"/>
        <source>Отмечаются все ожидающие уведомления: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="303"/>
        <source>Дата направления</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="304"/>
        <source>Номер ноты или письма</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="171"/>
        <source>Проверка подписи: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="175"/>
        <source>Файл: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="189"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="196"/>
        <source>Подпись {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="209"/>
        <source>Подписант: {signer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="210"/>
        <source>Серийный номер сертификата: {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="211"/>
        <source>Время подписания: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="219"/>
        <source>Уполномочен на дату подписания (п. 3 ст. 9): да — {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="223"/>
        <source>Уполномочен на дату подписания (п. 3 ст. 9): нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="237"/>
        <source>Проверки этого вложения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="241"/>
        <source>Проверено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="242"/>
        <source>Кто</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="243"/>
        <source>Результат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="244"/>
        <source>Уполномочен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="245"/>
        <source>Подписант</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="260"/>
        <source>да</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="260"/>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="267"/>
        <source>Сохранённых проверок нет.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureView</name>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="89"/>
        <source>Подпись действительна</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="90"/>
        <source>Подпись нарушена: документ изменён после подписания</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="93"/>
        <source>Сертификат подписанта не доверен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="96"/>
        <source>После подписи в документ внесены изменения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="99"/>
        <source>Подписей нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="107"/>
        <source>действительна</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="108"/>
        <source>нарушена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="109"/>
        <source>сертификат не доверен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="110"/>
        <source>документ изменён после подписи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="111"/>
        <source>отсутствует</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="157"/>
        <source>подпись: {status} ({day})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="50"/>
        <source>Статистика запросов (ст. 3) — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="55"/>
        <source>Все органы другой Стороны</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="57"/>
        <source>Выгрузить в CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="61"/>
        <source>На дату</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="69"/>
        <source>Месяц</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="70"/>
        <source>Орган
другой Стороны</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="71"/>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="180"/>
        <source>Направлено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="72"/>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="181"/>
        <source>Поступило</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="73"/>
        <source>Исполнено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="74"/>
        <source>Отказано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="75"/>
        <source>Частично</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="76"/>
        <source>Ответов
получено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="77"/>
        <source>Отказов
получено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="78"/>
        <source>С нарушением
срока</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="79"/>
        <source>Медиана
исполнения, дн.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="80"/>
        <source>Медиана ответа
другой Стороны, дн.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="86"/>
        <source>Нет данных за выбранный период.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="109"/>
        <source>Подсчёт…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="182"/>
        <source>Исполнено / получены ответы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="183"/>
        <source>Отказы (полные и частичные)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="193"/>
        <source>Выгрузить статистику</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="194"/>
        <source>Таблицы CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="211"/>
        <source>Выгружено строк: {count} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="89"/>
        <source>{step} — запрос № {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="103"/>
        <source>Дата шага</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="109"/>
        <source>Отложить исполнение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="110"/>
        <source>Исполнить на условиях</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="125"/>
        <source>Номер письма другой Стороны</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="128"/>
        <source>Приложить файл…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="136"/>
        <source>Вложения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="138"/>
        <source>Записать шаг</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="141"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="162"/>
        <source>Подписант (п. 3 ст. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="166"/>
        <source>Какие сведения нужны</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="168"/>
        <source>Обстоятельства, препятствующие исполнению</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="173"/>
        <source>Что не удастся сохранить в тайне и почему (п. 1 ст. 11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="176"/>
        <source>Ожидаемый срок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="187"/>
        <source>Решение (п. 2 ст. 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="191"/>
        <source>Производство, которому помешает исполнение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="194"/>
        <source>Условия исполнения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="195"/>
        <source>До какого срока</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="198"/>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="224"/>
        <source>Текст уведомления</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="200"/>
        <source>Результаты исполнения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="209"/>
        <source>Передаваемые записи о лицах</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="212"/>
        <source>Что исполнено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="213"/>
        <source>Что не исполнено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="222"/>
        <source>Основания (п. 4 ст. 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="223"/>
        <source>Причины отказа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="226"/>
        <source>Текст</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="228"/>
        <source>Шаг записывается с датой и вашим именем.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="245"/>
        <source>нет подписантов, действующих на эту дату</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="250"/>
        <source>Вложение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="250"/>
        <source>Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="259"/>
        <source>Файл не прочитан.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="299"/>
        <source>Шаг не записан: исправьте отмеченные поля.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubrecordTable</name>
    <message>
        <location filename="../migdesk/ui/subrecord_table.py" line="88"/>
        <source>Добавить строку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_table.py" line="90"/>
        <source>Удалить строку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_table.py" line="259"/>
        <source>Строка {row}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Subrecords</name>
    <message>
        <location filename="../migdesk/ui/delegates.py" line="80"/>
        <source>ДД.ММ.ГГГГ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="51"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="118"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="142"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="169"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="194"/>
        <source>Государство</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="52"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="174"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="195"/>
        <source>Дата решения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="53"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="124"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="176"/>
        <source>Орган</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="54"/>
        <source>Статья (основание)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="57"/>
        <source>Описание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="62"/>
        <source>Мера</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="70"/>
        <source>Документы, удостоверяющие личность</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="74"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="112"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="136"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="161"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="188"/>
        <source>Вид</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="80"/>
        <source>Серия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="81"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="143"/>
        <source>Номер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="84"/>
        <source>Государство выдачи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="88"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="144"/>
        <source>Дата выдачи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="89"/>
        <source>Кем выдан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="90"/>
        <source>Действителен до</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="97"/>
        <source>Административная ответственность</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="102"/>
        <source>Уголовная ответственность</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="108"/>
        <source>Учёт по месту пребывания и по месту жительства</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="120"/>
        <source>Адрес</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="122"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="145"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="196"/>
        <source>Действует с</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="123"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="146"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="197"/>
        <source>Действует до</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="132"/>
        <source>Разрешения на проживание и право на работу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="147"/>
        <source>Кем выдано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="155"/>
        <source>Приём и восстановление в гражданстве, принадлежность к гражданству</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="175"/>
        <source>Номер решения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="184"/>
        <source>Неразрешение въезда, ограничение выезда, выдворение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="200"/>
        <source>Основания</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="206"/>
        <source>Кем принято решение</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThematicForm</name>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="80"/>
        <source>— не указан —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="87"/>
        <source>Добавить из реестра…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="96"/>
        <source>Приложить файл…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="113"/>
        <source>Категория (ст. 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="114"/>
        <source>Заголовок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="115"/>
        <source>Текст</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="116"/>
        <source>Дата сведений</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="117"/>
        <source>Период</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="118"/>
        <source>Источник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="119"/>
        <source>Связанные лица</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="120"/>
        <source>Вложения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="122"/>
        <source>Сохранить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="125"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="137"/>
        <source>Новые тематические сведения — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="143"/>
        <source>{title} — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="208"/>
        <source>Вложение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="208"/>
        <source>Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="238"/>
        <source>Не сохранено: исправьте отмеченные поля.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThematicWindow</name>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="255"/>
        <source>Тематическая информация (ст. 4) — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="258"/>
        <source>Все категории</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="263"/>
        <source>Новые сведения…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="266"/>
        <source>Открыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="276"/>
        <source>Дата</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="277"/>
        <source>Категория</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="278"/>
        <source>Заголовок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="279"/>
        <source>Лиц</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="280"/>
        <source>Вложений</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="281"/>
        <source>Внёс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="302"/>
        <source>Записей: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="51"/>
        <source>MigDesk — вход</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="54"/>
        <source>MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="60"/>
        <source>Рабочее место сотрудника миграционной службы (Казахстан — Армения)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="89"/>
        <source>Обзор…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="97"/>
        <source>Файл не найден — можно создать новое хранилище.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="99"/>
        <source>Создать новое хранилище…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="113"/>
        <source>Хранилище:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="115"/>
        <source>Пользователь:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="116"/>
        <location filename="../migdesk/ui/unlock.py" line="185"/>
        <source>Пароль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="119"/>
        <source>Запомнить на этом компьютере</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="126"/>
        <source>Проверка пароля…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="128"/>
        <source>Открыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="131"/>
        <source>Выход</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="134"/>
        <source>Проверить пакет (курьер)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="160"/>
        <source>Новое хранилище</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="182"/>
        <source>Файл:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="183"/>
        <source>Компетентный орган:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="184"/>
        <source>Администратор:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="186"/>
        <source>Повторите пароль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="188"/>
        <source>Демонстрационное хранилище (для обучения, с синтетическими данными)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="193"/>
        <source>Создание хранилища…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="195"/>
        <source>Создать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="197"/>
        <source>Назад</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="262"/>
        <source>Файл хранилища</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="263"/>
        <source>Хранилища MigDesk (*.vault);;Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="305"/>
        <source>Укажите имя пользователя.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="314"/>
        <source>Пароли не совпадают.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="270"/>
        <source>Пользователи — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="275"/>
        <source>Пользователь</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="275"/>
        <source>ФИО</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="275"/>
        <source>Роли</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="275"/>
        <source>Добавлен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="287"/>
        <source>Добавить…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="289"/>
        <source>Сбросить пароль…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="291"/>
        <source>Удалить…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="293"/>
        <source>Данные для писем…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="295"/>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="308"/>
        <source>У каждого пользователя свой пароль и свой ключевой слот; добавление, смена пароля и удаление не перешифровывают хранилище.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="396"/>
        <source>Удалить пользователя «{name}»? Его ключевой слот будет уничтожен: открыть хранилище его паролем станет невозможно. Записи журнала аудита о его действиях сохранятся.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="399"/>
        <source>Удаление пользователя</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="399"/>
        <source>Удалить</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_WorkDialog</name>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="65"/>
        <source>Выполняется…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="70"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="219"/>
        <source>Документы по № {number} — MigDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
