<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="ru_RU">
<context>
    <name>ActsPage</name>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="47"/>
        <source>№ акта</source>
        <translation>Акт №</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="48"/>
        <source>Дата</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="49"/>
        <source>Запись</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="50"/>
        <source>Уничтожил</source>
        <translation>Жойған</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="51"/>
        <source>Основание</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="57"/>
        <source>Сохранить акт в PDF…</source>
        <translation>Актіні PDF-ке сақтау…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="62"/>
        <source>Акт можно сохранить повторно в любой момент.</source>
        <translation>Актіні кез келген уақытта қайта сақтауға болады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="97"/>
        <source>Акт об уничтожении № {number}.pdf</source>
        <translation>Жою туралы № {number} акт.pdf</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="102"/>
        <source>Сохранить акт об уничтожении № {number}</source>
        <translation>Жою туралы № {number} актіні сақтау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="103"/>
        <source>Документы PDF (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="122"/>
        <source>Не удалось записать файл «{path}»; акт можно сохранить повторно.</source>
        <translation>«{path}» файлын жазу мүмкін болмады; актіні қайта сақтауға болады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_acts.py" line="128"/>
        <source>Акт № {number} сохранён: {path}</source>
        <translation>№ {number} акт сақталды: {path}</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="101"/>
        <source>Новый пользователь</source>
        <translation>Жаңа пайдаланушы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="102"/>
        <source>Добавить</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="104"/>
        <source>латиницей, например ivanov.a</source>
        <translation>латын әріптерімен, мысалы ivanov.a</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="111"/>
        <source>вводит и изменяет записи о лицах</source>
        <translation>тұлғалар туралы жазбаларды енгізеді және өзгертеді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="112"/>
        <source>просматривает, подписывает, утверждает уничтожение</source>
        <translation>қарайды, қол қояды, жоюды бекітеді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="113"/>
        <source>пользователи, резервные копии, настройки</source>
        <translation>пайдаланушылар, сақтық көшірмелер, баптаулар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="114"/>
        <source>только доставка и проверка пакетов</source>
        <translation>тек пакеттерді жеткізу және тексеру</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="126"/>
        <source>Имя пользователя:</source>
        <translation>Пайдаланушы аты:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="127"/>
        <source>ФИО:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="128"/>
        <source>Роли:</source>
        <translation>Рөлдері:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="129"/>
        <source>Пароль:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="131"/>
        <source>Повторите пароль:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="148"/>
        <source>Пароли не совпадают.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="102"/>
        <source>Сменить пароль…</source>
        <translation>Құпиясөзді ауыстыру…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="105"/>
        <source>&amp;Администрирование</source>
        <translation>&amp;Әкімшілендіру</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="108"/>
        <source>Пользователи…</source>
        <translation>Пайдаланушылар…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="111"/>
        <source>Журнал аудита</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="114"/>
        <source>Сроки хранения</source>
        <translation>Сақтау мерзімдері</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="120"/>
        <source>Резервная копия…</source>
        <translation>Сақтық көшірме…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="123"/>
        <source>Автоматическая блокировка…</source>
        <translation>Автоматты бұғаттау…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="128"/>
        <source>Правило паролей…</source>
        <translation>Құпиясөз ережесі…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="133"/>
        <source>Бланк и подписание…</source>
        <translation>Бланк және қол қою…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="158"/>
        <source>Недоступно для ваших ролей</source>
        <translation>Сіздің рөлдеріңіз үшін қолжетімсіз</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="218"/>
        <source>Автоматическая блокировка: через {minutes} мин бездействия.</source>
        <translation>Автоматты бұғаттау: {minutes} мин әрекетсіздіктен кейін.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="239"/>
        <source>Создать копию…</source>
        <translation>Көшірме жасау…</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="44"/>
        <source>Состояние</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="50"/>
        <source>Вступление в силу:</source>
        <translation>Күшіне енуі:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="52"/>
        <source>Прекращение:</source>
        <translation>Тоқтатылуы:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="54"/>
        <source>Обмен перечнями подписантов (45 дней):</source>
        <translation>Қол қоюшылар тізбелерімен алмасу (45 күн):</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="59"/>
        <source>Получено</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="60"/>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="160"/>
        <source>Уведомление</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="61"/>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="161"/>
        <source>Сторона</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="62"/>
        <source>Реквизиты</source>
        <translation>Деректемелер</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="63"/>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="164"/>
        <source>Примечание</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="67"/>
        <source>Записать уведомление…</source>
        <translation>Хабарламаны тіркеу…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="74"/>
        <source>Соглашение вступает в силу с даты получения последнего уведомления о внутригосударственных процедурах и прекращается через шесть месяцев после получения уведомления о прекращении.</source>
        <translation>Келісім мемлекетішілік рәсімдер туралы соңғы хабарлама алынған күннен бастап күшіне енеді және тоқтату туралы хабарлама алынғаннан кейін алты ай өткен соң қолданылуын тоқтатады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="91"/>
        <source>о выполнении внутригосударственных процедур</source>
        <translation>мемлекетішілік рәсімдердің орындалғаны туралы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="92"/>
        <source>о прекращении</source>
        <translation>тоқтату туралы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="102"/>
        <source>не вступило (нет уведомлений обеих Сторон)</source>
        <translation>күшіне енген жоқ (екі Тараптың хабарламасы жоқ)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="105"/>
        <source>уведомление получено {notice}; прекращает действие {end}</source>
        <translation>хабарлама {notice} алынды; қолданылуы {end} тоқтайды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="111"/>
        <source>уведомлений о прекращении нет</source>
        <translation>тоқтату туралы хабарлама жоқ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="113"/>
        <source>срок начнётся со вступления в силу</source>
        <translation>мерзім күшіне енген күннен басталады</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="115"/>
        <source>срок {due}; наш перечень направлен {sent}</source>
        <translation>мерзімі {due}; біздің тізбе {sent} жіберілді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="120"/>
        <source>срок {due} истёк, наш перечень не направлен</source>
        <translation>{due} мерзімі өтті, біздің тізбе жіберілмеген</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="125"/>
        <source>срок {due}, осталось {days} дн.; наш перечень не направлен</source>
        <translation>мерзімі {due}, {days} күн қалды; біздің тізбе жіберілмеген</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="130"/>
        <source>; перечень другой Стороны получен {day}</source>
        <translation>; екінші Тараптың тізбесі {day} алынды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="150"/>
        <source>Уведомление по ст.&#xa0;17</source>
        <translation>17-бап бойынша хабарлама</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="162"/>
        <source>Дата получения</source>
        <translation>Алынған күні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="163"/>
        <source>Реквизиты ноты</source>
        <translation>Нотаның деректемелері</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/agreement_tab.py" line="165"/>
        <source>Прекратит действие</source>
        <translation>Қолданылуын тоқтатады</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="45"/>
        <source>Ответ на запрос согласия — MigDesk</source>
        <translation>Келісім сұрауына жауап — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="48"/>
        <source>Дать согласие</source>
        <translation>Келісім беру</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="49"/>
        <source>Отказать</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="59"/>
        <source>например, № 12-3/45 от 26.11.2026</source>
        <translation>мысалы, 26.11.2026 ж. № 12-3/45</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="65"/>
        <source>Запрашивает:</source>
        <translation>Сұрайды:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="66"/>
        <source>Запись:</source>
        <translation>Жазба:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="68"/>
        <source>передать в {authority} (ст.&#xa0;11.3)</source>
        <translation>{authority} органына беру (11.3-бап)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="72"/>
        <source>использовать для другой цели (ст.&#xa0;11.2)</source>
        <translation>басқа мақсатта пайдалану (11.2-бап)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="73"/>
        <source>Просит:</source>
        <translation>Өтініш:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="74"/>
        <source>Цель:</source>
        <translation>Мақсаты:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="75"/>
        <source>Решение:</source>
        <translation>Шешім:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="76"/>
        <source>Наше письмо:</source>
        <translation>Біздің хат:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="77"/>
        <source>Дата решения:</source>
        <translation>Шешім күні:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="79"/>
        <source>Записать ответ</source>
        <translation>Жауапты тіркеу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="86"/>
        <source>Выберите решение: дать согласие или отказать.</source>
        <translation>Шешімді таңдаңыз: келісім беру немесе бас тарту.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="104"/>
        <source>согласие</source>
        <translation>келісім</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="104"/>
        <source>отказ</source>
        <translation>бас тарту</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/answer_dialog.py" line="108"/>
        <source>Ответ записан ({decision}). Он уйдёт со следующим пакетом в {authority} («Обмен» → «Выгрузить пакет…»).</source>
        <translation>Жауап тіркелді ({decision}). Ол {authority} органына келесі пакетпен жіберіледі («Алмасу» → «Пакетті шығару…»).</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="47"/>
        <source>Вложения</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="60"/>
        <source>Приложить файл…</source>
        <translation>Файл тіркеу…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="62"/>
        <source>Проверить подпись…</source>
        <translation>Қолтаңбаны тексеру…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="64"/>
        <source>Проверить электронную подпись вложения PDF по доверенным сертификатам</source>
        <translation>PDF тіркемесінің электрондық қолтаңбасын сенімді сертификаттар бойынша тексеру</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="68"/>
        <source>Сохранить копию…</source>
        <translation>Көшірмесін сақтау…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="70"/>
        <source>Записать выбранное вложение в файл в точности как оно хранится</source>
        <translation>Таңдалған тіркемені сақталған күйінде дәл файлға жазу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="95"/>
        <source>Вложение</source>
        <translation>Тіркеме</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="95"/>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="180"/>
        <source>Все файлы (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="113"/>
        <source> (с шагом {seq})</source>
        <translation> ({seq}-қадаммен)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="119"/>
        <source>добавлено {when}</source>
        <translation>қосылды {when}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="127"/>
        <source>{name}, {size} — будет сохранено</source>
        <translation>{name}, {size} — сақталады</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="179"/>
        <source>Сохранить копию вложения</source>
        <translation>Тіркеменің көшірмесін сақтау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="197"/>
        <source>Сохранение копии вложения…</source>
        <translation>Тіркеменің көшірмесі сақталуда…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="210"/>
        <source>Копия вложения сохранена: {path}</source>
        <translation>Тіркеменің көшірмесі сақталды: {path}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="213"/>
        <source>Копия сохранена</source>
        <translation>Көшірме сақталды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_attachments.py" line="230"/>
        <source>Проверка подписи…</source>
        <translation>Қолтаңба тексерілуде…</translation>
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
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="126"/>
        <source>Пользователь</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="127"/>
        <source>Действие</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="128"/>
        <source>Запись</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="129"/>
        <source>Цель</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_model.py" line="130"/>
        <source>Подробности</source>
        <translation>Толығырақ</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="86"/>
        <source>Журнал аудита — MigDesk</source>
        <translation>Аудит журналы — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="89"/>
        <location filename="../migdesk/ui/audit_window.py" line="289"/>
        <source>Проверка цепочки хешей…</source>
        <translation>Хэштер тізбегі тексерілуде…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="94"/>
        <source>Проверить снова</source>
        <translation>Қайта тексеру</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="109"/>
        <source>все</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="111"/>
        <source>Все действия</source>
        <translation>Барлық әрекеттер</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="115"/>
        <source>идентификатор записи</source>
        <translation>жазба идентификаторы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="118"/>
        <source>с</source>
        <translation>бастап</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="119"/>
        <source>по</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="120"/>
        <source>Показать</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="126"/>
        <source>Пользователь:</source>
        <translation>Пайдаланушы:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="128"/>
        <source>Действие:</source>
        <translation>Әрекет:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="130"/>
        <source>Запись:</source>
        <translation>Жазба:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="160"/>
        <source>Показать ещё {count}</source>
        <translation>Тағы {count} көрсету</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="164"/>
        <source>Выгрузить в PDF…</source>
        <translation>PDF-ке шығару…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="166"/>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="180"/>
        <source>Каждая запись содержит хеш предыдущей: изменение, удаление или перестановка записей нарушают цепочку; вершина цепочки позволяет обнаружить отсечение последних записей. Просмотр журнала тоже записывается в журнал.</source>
        <translation>Әр жазбада алдыңғы жазбаның хэші бар: жазбаларды өзгерту, жою немесе орнын ауыстыру тізбекті бұзады; тізбектің басы соңғы жазбалардың кесіп тасталғанын анықтауға мүмкіндік береді. Журналды қарау да журналға жазылады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="248"/>
        <source>Показаны последние {count} записей.</source>
        <translation>Соңғы {count} жазба көрсетілген.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="250"/>
        <source>Записей: {count}</source>
        <translation>Жазбалар: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="313"/>
        <source>Цепочка хешей цела, записей: {count}.</source>
        <translation>Хэштер тізбегі бүтін: {count} жазба.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="319"/>
        <source>ЦЕПОЧКА НАРУШЕНА: {problem}. Первая повреждённая запись № {first}; целых записей до неё: {count}.</source>
        <translation>ТІЗБЕК БҰЗЫЛҒАН: {problem}. Алғашқы зақымдалған жазба № {first}; оған дейін {count} жазба бүтін.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="324"/>
        <source>Вершина цепочки при проверке: {head}</source>
        <translation>Тексеру кезіндегі тізбектің басы: {head}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="341"/>
        <source>Выгрузить журнал аудита</source>
        <translation>Аудит журналын шығару</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="342"/>
        <source>Документы PDF (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="343"/>
        <source>Журнал аудита {date}.pdf</source>
        <translation>Аудит журналы {date}.pdf</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="361"/>
        <source>Выгрузка журнала аудита в PDF…</source>
        <translation>Аудит журналы PDF-ке шығарылуда…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="377"/>
        <source>Журнал выгружен</source>
        <translation>Журнал шығарылды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="378"/>
        <source>Журнал аудита выгружен: {path}
Записей: {count}.</source>
        <translation>Аудит журналы шығарылды: {path}
Жазбалар: {count}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/audit_window.py" line="387"/>
        <source>Не удалось записать файл «{path}».</source>
        <translation>«{path}» файлын жазу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>AuthoritiesTab</name>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="47"/>
        <source>Код</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="48"/>
        <source>Сторона</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="49"/>
        <source>Наименование (именительный падеж)</source>
        <translation>Атауы (атау септігінде)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="50"/>
        <source>Кратко</source>
        <translation>Қысқаша</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="51"/>
        <source>Компетентен с</source>
        <translation>Құзыретті болған күні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="52"/>
        <source>по</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="53"/>
        <source>Преемник</source>
        <translation>Мұрагері</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="60"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="148"/>
        <source>Действует с</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="61"/>
        <source>Именительный падеж</source>
        <translation>Атау септік</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="62"/>
        <source>Дательный падеж</source>
        <translation>Барыс септік</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="63"/>
        <source>Изменение</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="64"/>
        <source>Уведомление</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="68"/>
        <source>Переименование…</source>
        <translation>Атауын өзгерту…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="70"/>
        <source>Замена органа…</source>
        <translation>Органды ауыстыру…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="76"/>
        <source>История наименований выбранного органа: документы берут имя на их дату.</source>
        <translation>Таңдалған органның атаулар тарихы: құжаттар өз күніндегі атауды алады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="122"/>
        <source>по Соглашению</source>
        <translation>Келісім бойынша</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="123"/>
        <source>переименование</source>
        <translation>атауы өзгертілді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="124"/>
        <source>образован (замена)</source>
        <translation>құрылды (ауыстыру)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="130"/>
        <source> от {day}</source>
        <translation> {day} күнгі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="135"/>
        <source>исходное</source>
        <translation>бастапқы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="145"/>
        <source>Переименование органа {code}</source>
        <translation>{code} органының атауын өзгерту</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="149"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="192"/>
        <source>Наименование (именительный)</source>
        <translation>Атауы (атау септік)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="150"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="193"/>
        <source>Наименование (дательный)</source>
        <translation>Атауы (барыс септік)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="151"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="194"/>
        <source>Краткое наименование</source>
        <translation>Қысқаша атауы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="152"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="188"/>
        <source>Уведомление (номер, дата ноты)</source>
        <translation>Хабарлама (нотаның нөмірі, күні)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="153"/>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="189"/>
        <source>Получено</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="174"/>
        <source>Замена органа {code}</source>
        <translation>{code} органын ауыстыру</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="181"/>
        <source>Код органа-преемника</source>
        <translation>Мұрагер органның коды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="187"/>
        <source>С даты</source>
        <translation>Күнінен бастап</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/authorities_tab.py" line="190"/>
        <source>Для нового органа укажите его наименования:</source>
        <translation>Жаңа органның атауларын көрсетіңіз:</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <location filename="../migdesk/ui/tasks.py" line="203"/>
        <source>Отмена…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/tasks.py" line="256"/>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/tasks.py" line="261"/>
        <source>Выполняется…</source>
        <translation>Орындалуда…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="79"/>
        <source>Резервная копия — MigDesk</source>
        <translation>Сақтық көшірме — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="84"/>
        <source>Другая папка…</source>
        <translation>Басқа қалта…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="93"/>
        <source>Создать копию</source>
        <translation>Көшірме жасау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="96"/>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="104"/>
        <source>Копия зашифрована тем же ключом, что и хранилище, и открывается теми же паролями. Рядом с ней записывается файл ключей (.keys): храните их вместе. Размер хранилища: {size}.</source>
        <translation>Көшірме қоймамен бірдей кілтпен шифрланған және сол құпиясөздермен ашылады. Оның жанына кілттер файлы (.keys) жазылады: оларды бірге сақтаңыз. Қойманың көлемі: {size}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="110"/>
        <source>Куда записать:</source>
        <translation>Қайда жазу:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="123"/>
        <source>Домашняя папка</source>
        <translation>Үй қалтасы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="128"/>
        <source>Съёмный носитель</source>
        <translation>Алынбалы тасығыш</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="128"/>
        <source>Папка</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="130"/>
        <source>свободно {free} из {total}</source>
        <translation>{total} ішінен {free} бос</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="135"/>
        <source>свободное место неизвестно</source>
        <translation>бос орын белгісіз</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="162"/>
        <source>Папка копии: {path}</source>
        <translation>Көшірме қалтасы: {path}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="165"/>
        <source>На этом носителе может не хватить места (нужно около {size}).</source>
        <translation>Бұл тасығышта орын жетпеуі мүмкін (шамамен {size} қажет).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="173"/>
        <source>Папка для резервной копии</source>
        <translation>Сақтық көшірмеге арналған қалта</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="201"/>
        <source>Создание и проверка резервной копии…</source>
        <translation>Сақтық көшірме жасалып, тексерілуде…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="216"/>
        <source>Резервная копия создана</source>
        <translation>Сақтық көшірме жасалды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="218"/>
        <source>Резервная копия создана и проверена:
{path}

Файл ключей: {keys}
Размер: {size}; записей о лицах: {persons}.

Храните оба файла вместе.</source>
        <translation>Сақтық көшірме жасалды және тексерілді:
{path}

Кілттер файлы: {keys}
Көлемі: {size}; тұлғалар туралы жазбалар: {persons}.

Екі файлды бірге сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="238"/>
        <source>Резервное копирование отменено; неполная копия удалена.</source>
        <translation>Сақтық көшірме жасау тоқтатылды; толық емес көшірме жойылды.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/drives.py" line="95"/>
        <source>Б</source>
        <translation>Б</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/drives.py" line="96"/>
        <source>КБ</source>
        <translation>КБ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/drives.py" line="97"/>
        <source>МБ</source>
        <translation>МБ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/drives.py" line="98"/>
        <source>ГБ</source>
        <translation>ГБ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/drives.py" line="99"/>
        <source>ТБ</source>
        <translation>ТБ</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="60"/>
        <source>Резервная копия этого хранилища ещё не создавалась.</source>
        <translation>Бұл қойманың сақтық көшірмесі әлі жасалмаған.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/backup_action.py" line="65"/>
        <source>Последняя резервная копия — {date}: старше {days} дн.</source>
        <translation>Соңғы сақтық көшірме — {date}: {days} күннен ескі.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="88"/>
        <source>Подписать и напечатать — MigDesk</source>
        <translation>Қол қою және басып шығару — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="100"/>
        <source>Ключ подписанта (один для всех документов)</source>
        <translation>Қол қоюшының кілті (барлық құжаттарға біреу)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="104"/>
        <source>Напечатать (с местом для собственноручной подписи)</source>
        <translation>Басып шығару (қолмен қол қоюға арналған орынмен)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="106"/>
        <source>Сохранить подписанные PDF в папку</source>
        <translation>Қол қойылған PDF файлдарын қалтаға сақтау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="109"/>
        <source>Выбрать папку…</source>
        <translation>Қалтаны таңдау…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="126"/>
        <source>Подписать и напечатать</source>
        <translation>Қол қою және басып шығару</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="130"/>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="138"/>
        <source>Документы нашей Стороны по выбранным запросам:</source>
        <translation>Таңдалған сұрау салулар бойынша біздің Тараптың құжаттары:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="154"/>
        <source>Загрузка…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="164"/>
        <source>нет документа нашей Стороны</source>
        <translation>біздің Тараптың құжаты жоқ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="166"/>
        <source>{document} — уже подписано</source>
        <translation>{document} — қол қойылған</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="168"/>
        <source>Документов: {count}</source>
        <translation>Құжаттар: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="177"/>
        <source>Папка для подписанных документов</source>
        <translation>Қол қойылған құжаттарға арналған қалта</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="201"/>
        <source>Выберите папку для подписанных документов.</source>
        <translation>Қол қойылған құжаттарға арналған қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="205"/>
        <source>Отметьте печать или сохранение в папку.</source>
        <translation>Басып шығаруды немесе қалтаға сақтауды белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="211"/>
        <source>Печать документов</source>
        <translation>Құжаттарды басып шығару</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="228"/>
        <source>Для запроса {title} нет письма нашей Стороны для подписания.</source>
        <translation>{title} сұрау салуы бойынша біздің Тараптың қол қоюға арналған хаты жоқ.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="235"/>
        <source>Выполняется…</source>
        <translation>Орындалуда…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="238"/>
        <source>Подписание и печать документов…</source>
        <translation>Құжаттарға қол қойылып, басып шығарылуда…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="261"/>
        <source>Подписано: {count}</source>
        <translation>Қол қойылды: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="263"/>
        <source>напечатано страниц: {pages}</source>
        <translation>басып шығарылған беттер: {pages}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="265"/>
        <source>сохранено файлов: {count}</source>
        <translation>сақталған файлдар: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="268"/>
        <source>уже подписано ранее: {count}</source>
        <translation>бұрын қол қойылған: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="270"/>
        <source>не выполнено: {count}</source>
        <translation>орындалмады: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="273"/>
        <source>Отменено. {summary}</source>
        <translation>Тоқтатылды. {summary}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/batch_dialog.py" line="276"/>
        <source>уже подписано, не подписывалось повторно</source>
        <translation>қол қойылған, қайта қол қойылмады</translation>
    </message>
</context>
<context>
    <name>BundleLogWindow</name>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="82"/>
        <source>Журнал пакетов — MigDesk</source>
        <translation>Пакеттер журналы — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="85"/>
        <source>Направление</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="86"/>
        <source>Орган</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="87"/>
        <source>Канал</source>
        <translation>Арна</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="88"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="89"/>
        <source>Создан</source>
        <translation>Жасалды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="90"/>
        <source>Вид</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="91"/>
        <source>Статус</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="92"/>
        <source>Подтверждён</source>
        <translation>Расталды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="93"/>
        <source>Содержимое</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="106"/>
        <source>Реестр передачи…</source>
        <translation>Беру тізілімі…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="108"/>
        <source>Реестр передачи курьеру для выбранных отправленных пакетов (PDF)</source>
        <translation>Таңдалған жіберілген пакеттер үшін курьерге беру тізілімі (PDF)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="112"/>
        <source>Обновить</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="122"/>
        <source>Отправленные пакеты подтверждаются пакетом-ответом органа-партнёра. Красные строки — номера, которые партнёр использовал, но пакеты до нас не дошли: запросите их повторно.</source>
        <translation>Жіберілген пакеттер серіктес органның жауап пакетімен расталады. Қызыл жолдар — серіктес пайдаланған, бірақ пакеттері бізге жетпеген нөмірлер: оларды қайта сұратыңыз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="136"/>
        <source>отправлен</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="138"/>
        <source>получен</source>
        <translation>алынды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="139"/>
        <source>не получен</source>
        <translation>алынған жоқ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="143"/>
        <source>пропуск: пакета нет</source>
        <translation>өткізіп алу: пакет жоқ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="144"/>
        <source>записан</source>
        <translation>жазылды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="144"/>
        <source>загружен</source>
        <translation>жүктелді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="152"/>
        <source>ожидается</source>
        <translation>күтілуде</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="153"/>
        <source>не отправлено</source>
        <translation>жіберілмеген</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="157"/>
        <source>лица</source>
        <translation>тұлғалар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="158"/>
        <source>подтверждения</source>
        <translation>растаулар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="159"/>
        <source>сопроводительное письмо</source>
        <translation>ілеспе хат</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/log_window.py" line="214"/>
        <source>Отправлено: {sent} (ждут подтверждения: {waiting}); получено: {got}; пропущено: {missing}.</source>
        <translation>Жіберілді: {sent} (растауды күтуде: {waiting}); алынды: {got}; өткізіп алынды: {missing}.</translation>
    </message>
</context>
<context>
    <name>CertificatePick</name>
    <message>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="25"/>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="75"/>
        <source>не выбран (можно добавить позже)</source>
        <translation>таңдалмаған (кейін қосуға болады)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="27"/>
        <source>Выбрать файл…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="29"/>
        <source>Убрать</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="41"/>
        <source>Сертификат подписанта</source>
        <translation>Қол қоюшының сертификаты</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/certificate_pick.py" line="63"/>
        <source>{name}; действителен с {start} по {end}</source>
        <translation>{name}; {start} бастап {end} дейін жарамды</translation>
    </message>
</context>
<context>
    <name>CitizenshipBox</name>
    <message>
        <location filename="../migdesk/ui/citizenship_box.py" line="29"/>
        <source>Гражданство</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/citizenship_box.py" line="39"/>
        <source>страна: название или код</source>
        <translation>ел: атауы немесе коды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/citizenship_box.py" line="44"/>
        <source>Добавить</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/citizenship_box.py" line="47"/>
        <source>Удалить</source>
        <translation>Жою</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../migdesk/ui/confirm.py" line="14"/>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>ConsentFormDialog</name>
    <message>
        <location filename="../migdesk/ui/consents/form_dialog.py" line="53"/>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/form_dialog.py" line="109"/>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>ConsentScreens</name>
    <message>
        <location filename="../migdesk/ui/consents/menu.py" line="30"/>
        <source>Согласия (ст.&#xa0;11)…</source>
        <translation>Келісімдер (11-бап)…</translation>
    </message>
</context>
<context>
    <name>ConsentTermsDialog</name>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="30"/>
        <source>Условия согласия — MigDesk</source>
        <translation>Келісім шарттары — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="34"/>
        <source>например: сведения, направленные письмом № 12-3/45 от 05.03.2026</source>
        <translation>мысалы: 05.03.2026 ж. № 12-3/45 хатпен жіберілген мәліметтер</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="39"/>
        <source>третья сторона; пусто — использование в иных целях (п.&#xa0;2 ст.&#xa0;11)</source>
        <translation>үшінші тарап; бос — басқа мақсаттарда пайдалану (11-баптың 2-тармағы)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="43"/>
        <source>для чего сведения будут переданы или использованы</source>
        <translation>мәліметтер не үшін беріледі немесе пайдаланылады</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="52"/>
        <source>Сведения:</source>
        <translation>Мәліметтер:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="53"/>
        <source>Получатель:</source>
        <translation>Алушы:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="54"/>
        <source>Цель:</source>
        <translation>Мақсаты:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="59"/>
        <source>Сформировать письмо</source>
        <translation>Хатты қалыптастыру</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="60"/>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="68"/>
        <source>Письмо о согласии или об отказе в согласии строится по шагу «ответ» или «отказ» входящего запроса. Укажите, какие сведения партнёр просит передать, кому и для чего: согласие действует только для них.</source>
        <translation>Келісім беру немесе келісім беруден бас тарту туралы хат кіріс сұрау салудың «жауап» немесе «бас тарту» қадамы бойынша жасалады. Серіктес қандай мәліметтерді, кімге және не үшін беруді сұрайтынын көрсетіңіз: келісім тек соларға қолданылады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="85"/>
        <source>Укажите, какие сведения просят передать.</source>
        <translation>Қандай мәліметтерді беру сұралатынын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="87"/>
        <source>Укажите цель передачи или использования.</source>
        <translation>Беру немесе пайдалану мақсатын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/consent_terms.py" line="89"/>
        <source>Слишком длинный текст: не более {limit} знаков в поле.</source>
        <translation>Мәтін тым ұзын: өрісте {limit} таңбадан аспауы керек.</translation>
    </message>
</context>
<context>
    <name>ConsentWindow</name>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="79"/>
        <source>Согласия предоставившей стороны (ст.&#xa0;11) — MigDesk</source>
        <translation>Мәліметтер ұсынған тараптың келісімдері (11-бап) — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="83"/>
        <source>Все запросы согласия</source>
        <translation>Келісімге барлық сұрау салулар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="84"/>
        <source>Входящие, ждут нашего ответа</source>
        <translation>Кіріс, біздің жауабымызды күтуде</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="85"/>
        <source>Исходящие (наши запросы)</source>
        <translation>Шығыс (біздің сұрау салуларымыз)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="88"/>
        <source>Показать:</source>
        <translation>Көрсету:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="96"/>
        <source>Направление</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="97"/>
        <source>Другой орган</source>
        <translation>Басқа орган</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="98"/>
        <source>Запись</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="99"/>
        <source>Передача кому</source>
        <translation>Кімге беріледі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="100"/>
        <source>Состояние</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="101"/>
        <source>Дата решения</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="102"/>
        <source>Письмо</source>
        <translation>Хат</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="103"/>
        <source>Цель</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="116"/>
        <source>Ответить…</source>
        <translation>Жауап беру…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="122"/>
        <source>Отвечать на запрос согласия может руководитель (роль supervisor): это решение о передаче наших сведений (ст.&#xa0;11.3).</source>
        <translation>Келісімге сұрау салуға басшы жауап береді (supervisor рөлі): бұл біздің мәліметтерімізді беру туралы шешім (11.3-бап).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="126"/>
        <source>Обновить</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="137"/>
        <source>Входящие — запросы других органов о согласии на передачу предоставленных нами сведений третьей стороне (ст.&#xa0;11.3) или на их использование для другой цели (ст.&#xa0;11.2). Исходящие — наши такие запросы. Запросы и ответы уходят со следующим пакетом этому органу («Обмен» → «Выгрузить пакет…»).</source>
        <translation>Кіріс — басқа органдардың біз ұсынған мәліметтерді үшінші тарапқа беруге (11.3-бап) немесе оларды басқа мақсатта пайдалануға (11.2-бап) келісім сұрауы. Шығыс — біздің осындай сұрау салуларымыз. Сұрау салулар мен жауаптар осы органға келесі пакетпен жіберіледі («Алмасу» → «Пакетті шығару…»).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="216"/>
        <source>Показано: {shown}; входящих ждут нашего ответа: {waiting}.</source>
        <translation>Көрсетілген: {shown}; біздің жауабымызды күтетін кіріс: {waiting}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/consent_window.py" line="220"/>
        <source>Запросов согласия нет.</source>
        <translation>Келісімге сұрау салулар жоқ.</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="24"/>
        <source>← входящий</source>
        <translation>← кіріс</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="25"/>
        <source>→ исходящий</source>
        <translation>→ шығыс</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="37"/>
        <source>другая цель (ст.&#xa0;11.2)</source>
        <translation>басқа мақсат (11.2-бап)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="42"/>
        <source>запрошено, ждёт отправки</source>
        <translation>сұралды, жіберуді күтуде</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="43"/>
        <source>запрос отправлен</source>
        <translation>сұрау салу жіберілді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="44"/>
        <source>ждёт ответа</source>
        <translation>жауап күтуде</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="45"/>
        <source>согласие</source>
        <translation>келісім</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="46"/>
        <source>отказ</source>
        <translation>бас тарту</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/common.py" line="51"/>
        <source>, ждёт отправки</source>
        <translation>, жіберуді күтуде</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../migdesk/ui/app.py" line="66"/>
        <source>Хранилище обновлено</source>
        <translation>Қойма жаңартылды</translation>
    </message>
</context>
<context>
    <name>CourierDialog</name>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="55"/>
        <source>В файле {name} нет сертификата УЦ.</source>
        <translation>{name} файлында КО сертификаты жоқ.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="86"/>
        <source>Проверка пакета (курьер) — MigDesk</source>
        <translation>Пакетті тексеру (курьер) — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="90"/>
        <source>Папка пакета *.mdbundle</source>
        <translation>*.mdbundle пакетінің қалтасы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="91"/>
        <source>Выбрать папку…</source>
        <translation>Қалтаны таңдау…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="97"/>
        <source>необязательно: файл УЦ отправителя (PEM)</source>
        <translation>міндетті емес: жіберушінің КО файлы (PEM)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="98"/>
        <source>Выбрать файл…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="103"/>
        <source>Проверить</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="116"/>
        <source>Отправитель:</source>
        <translation>Жіберуші:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="117"/>
        <source>Получатель:</source>
        <translation>Алушы:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="118"/>
        <source>Номер пакета:</source>
        <translation>Пакет нөмірі:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="119"/>
        <source>Создан:</source>
        <translation>Жасалды:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="120"/>
        <source>Вид:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="121"/>
        <source>Размер:</source>
        <translation>Көлемі:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="122"/>
        <source>SHA-256 ярлыка (как в реестре):</source>
        <translation>Жапсырманың SHA-256 (тізілімдегідей):</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="123"/>
        <source>Подпись:</source>
        <translation>Қолтаңба:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="124"/>
        <source>Подписант:</source>
        <translation>Қол қоюшы:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="125"/>
        <source>Отпечаток (SHA-256):</source>
        <translation>Саусақ ізі (SHA-256):</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="126"/>
        <source>Контрольные суммы:</source>
        <translation>Бақылау сомалары:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="142"/>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="150"/>
        <source>Пакет:</source>
        <translation>Пакет:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="151"/>
        <source>УЦ отправителя:</source>
        <translation>Жіберушінің КО:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="156"/>
        <source>Проверка не требует хранилища и пароля и ничего не расшифровывает: показываются только ярлык пакета, подпись и контрольные суммы файлов.</source>
        <translation>Тексеру қойманы да, құпиясөзді де қажет етпейді және ештеңенің шифрын ашпайды: тек пакет жапсырмасы, қолтаңба және файлдардың бақылау сомалары көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="172"/>
        <source>Папка пакета (*.mdbundle)</source>
        <translation>Пакет қалтасы (*.mdbundle)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="180"/>
        <source>Сертификат УЦ отправителя</source>
        <translation>Жіберушінің КО сертификаты</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="181"/>
        <source>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</source>
        <translation>Сертификаттар (*.pem *.crt *.cer);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="197"/>
        <source>Проверка контрольных сумм…</source>
        <translation>Бақылау сомалары тексерілуде…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="219"/>
        <source>действительна, подписант проверен по УЦ</source>
        <translation>жарамды, қол қоюшы КО бойынша тексерілді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="221"/>
        <source>цела, но подписант не проверен (укажите УЦ отправителя)</source>
        <translation>бүтін, бірақ қол қоюшы тексерілмеген (жіберушінің КО-сын көрсетіңіз)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="223"/>
        <source>неизвестный подписант</source>
        <translation>белгісіз қол қоюшы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="224"/>
        <source>сертификат подписанта просрочен</source>
        <translation>қол қоюшының сертификаты мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="225"/>
        <source>сертификат подписанта отозван</source>
        <translation>қол қоюшының сертификаты кері қайтарып алынған</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="226"/>
        <source>подписал не указанный отправитель</source>
        <translation>көрсетілген жіберуші қол қоймаған</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="227"/>
        <source>недействительна</source>
        <translation>жарамсыз</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="238"/>
        <source>Пакет цел: контрольные суммы совпадают, подпись действительна, подписант проверен по сертификату УЦ отправителя.</source>
        <translation>Пакет бүтін: бақылау сомалары сәйкес, қолтаңба жарамды, қол қоюшы жіберушінің КО сертификаты бойынша тексерілді.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="244"/>
        <source>Контрольные суммы совпадают и подпись цела, но подписант НЕ проверен: без сертификата УЦ отправителя нельзя сказать, кто подписал пакет. Укажите УЦ отправителя и проверьте снова.</source>
        <translation>Бақылау сомалары сәйкес және қолтаңба бүтін, бірақ қол қоюшы ТЕКСЕРІЛМЕГЕН: жіберушінің КО сертификатынсыз пакетке кім қол қойғанын айту мүмкін емес. Жіберушінің КО-сын көрсетіп, қайта тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="250"/>
        <source>Пакет НЕ прошёл проверку — не передавайте его как исправный.</source>
        <translation>Пакет тексеруден ӨТПЕДІ — оны жарамды ретінде тапсырмаңыз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="260"/>
        <source>{sequence} (канал {channel})</source>
        <translation>{sequence} ({channel} арнасы)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="267"/>
        <source>{size}, файлов: {count}</source>
        <translation>{size}, файлдар: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="273"/>
        <source>ярлык не читается</source>
        <translation>жапсырма оқылмайды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="278"/>
        <source>в порядке</source>
        <translation>дұрыс</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="278"/>
        <source>НЕ совпадают</source>
        <translation>сәйкес КЕЛМЕЙДІ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/courier_dialog.py" line="283"/>
        <source>Имя папки не соответствует ярлыку (ожидалось {name}).</source>
        <translation>Қалта атауы жапсырмаға сәйкес келмейді ({name} күтілген).</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="60"/>
        <source>Сроки исполнения запросов (п.&#xa0;3 ст.&#xa0;10: не более 30 дней)</source>
        <translation>Сұрау салуларды орындау мерзімдері (10-баптың 3-тармағы: 30 күннен аспайды)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="67"/>
        <source>Обновить</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="69"/>
        <source>Открыть</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="80"/>
        <source>Осталось дней</source>
        <translation>Қалған күндер</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="81"/>
        <source>Срок</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="82"/>
        <location filename="../migdesk/ui/requests/dashboard.py" line="94"/>
        <source>Номер</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="83"/>
        <source>Поступил</source>
        <translation>Келіп түсті</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="84"/>
        <source>От кого</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="85"/>
        <location filename="../migdesk/ui/requests/dashboard.py" line="97"/>
        <source>Состояние</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="86"/>
        <location filename="../migdesk/ui/requests/dashboard.py" line="98"/>
        <source>Существо</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="92"/>
        <source>Ждём дней</source>
        <translation>Күту, күн</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="93"/>
        <source>Направлен</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="95"/>
        <source>Вид</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="96"/>
        <source>Кому</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="106"/>
        <source>Входящих запросов на исполнении нет.</source>
        <translation>Орындаудағы кіріс сұрау салулар жоқ.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="107"/>
        <source>Запросов, ожидающих ответа, нет.</source>
        <translation>Жауап күтіп тұрған сұрау салулар жоқ.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="110"/>
        <source>Красным — срок истёк; жёлтым — осталось не более {days} дней. Двойной щелчок открывает запрос.</source>
        <translation>Қызыл — мерзімі өтті; сары — {days} күннен аспайтын уақыт қалды. Екі рет шерту сұрау салуды ашады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="114"/>
        <source>Входящие запросы на исполнении</source>
        <translation>Орындаудағы кіріс сұрау салулар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="118"/>
        <source>Наши запросы, ожидающие ответа</source>
        <translation>Жауап күтіп тұрған біздің сұрау салулар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="156"/>
        <source>Загрузка…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="170"/>
        <source>Срок обмена перечнями подписантов и образцами бланков (п.&#xa0;3 ст.&#xa0;9) истёк {date}: направьте их другой Стороне (Справочники → «Подписанты и бланки»).</source>
        <translation>Қол қоюшылар тізбелерімен және бланк үлгілерімен алмасу мерзімі (9-баптың 3-тармағы) {date} өтті: оларды екінші Тарапқа жіберіңіз (Анықтамалықтар → «Қол қоюшылар мен бланкілер»).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="176"/>
        <source>До {date} (осталось дней: {days}) нужно направить другой Стороне перечни подписантов и образцы бланков (п.&#xa0;3 ст.&#xa0;9).</source>
        <translation>{date} дейін (қалған күндер: {days}) екінші Тарапқа қол қоюшылар тізбелерін және бланк үлгілерін жіберу қажет (9-баптың 3-тармағы).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/dashboard.py" line="191"/>
        <source>На {day}: на исполнении {count}, просрочено {overdue}</source>
        <translation>{day} жағдай бойынша: орындауда {count}, мерзімі өткен {overdue}</translation>
    </message>
</context>
<context>
    <name>DemoFill</name>
    <message>
        <location filename="../migdesk/ui/demo_fill.py" line="57"/>
        <source>Демо-данные</source>
        <translation>Демо-деректер</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/demo_fill.py" line="58"/>
        <source>Сколько синтетических записей добавить?
(помечены как демонстрационные)</source>
        <translation>Қанша синтетикалық жазба қосу керек?
(демонстрациялық деп белгіленеді)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/demo_fill.py" line="72"/>
        <source>Добавление {count} демо-записей…</source>
        <translation>{count} демо-жазба қосылуда…</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="43"/>
        <source>Уничтожение записи</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="54"/>
        <source>Уничтожить досрочно: срок хранения истекает {date}</source>
        <translation>Мерзімінен бұрын жою: сақтау мерзімі {date} аяқталады</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="62"/>
        <source>Запись:</source>
        <translation>Жазба:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="63"/>
        <source>Хранить до:</source>
        <translation>Сақтау соңы:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="64"/>
        <source>Основание:</source>
        <translation>Негіздеме:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="66"/>
        <source>Уничтожить</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="68"/>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="86"/>
        <source>Запрос, все действия и письма по нему, их подписанные экземпляры и вложения будут уничтожены без возможности восстановления; в журнале регистрации останутся только номера.</source>
        <translation>Сұрау салу, ол бойынша барлық әрекеттер мен хаттар, олардың қол қойылған даналары мен тіркемелері қалпына келтіру мүмкіндігінсіз жойылады; тіркеу журналында тек нөмірлер қалады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="91"/>
        <source>Файл будет уничтожен без возможности восстановления; запрос сохранится.</source>
        <translation>Файл қалпына келтіру мүмкіндігінсіз жойылады; сұрау салу сақталады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="94"/>
        <source>Тематическая информация, её вложения и связи с лицами и запросами будут уничтожены без возможности восстановления.</source>
        <translation>Тақырыптық ақпарат, оның тіркемелері және тұлғалармен және сұрау салулармен байланыстары қалпына келтіру мүмкіндігінсіз жойылады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="98"/>
        <source>Запись о запросе согласия и решении по нему будет уничтожена без возможности восстановления.</source>
        <translation>Келісім сұрау және ол бойынша шешім туралы жазба қалпына келтіру мүмкіндігінсіз жойылады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="104"/>
        <source>Запись, её история изменений, фотографии и поисковый индекс будут уничтожены без возможности восстановления.</source>
        <translation>Жазба, оның өзгерістер тарихы, фотосуреттері және іздеу индексі қалпына келтіру мүмкіндігінсіз жойылады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/destroy_dialog.py" line="107"/>
        <source>Останутся только акт об уничтожении и запись журнала аудита.</source>
        <translation>Тек жою туралы акт пен аудит журналының жазбасы қалады.</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../migdesk/ui/display.py" line="67"/>
        <source>ключ подписи пакетов</source>
        <translation>пакеттерге қол қою кілті</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/display.py" line="68"/>
        <source>ключ шифрования пакетов</source>
        <translation>пакеттерді шифрлау кілті</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/display.py" line="69"/>
        <source>удостоверяющий центр</source>
        <translation>куәландырушы орталық</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="70"/>
        <source>Документ — MigDesk</source>
        <translation>Құжат — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="98"/>
        <source>Документ</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="28"/>
        <source>Регистрационный номер</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="29"/>
        <source>Листов</source>
        <translation>Парақтар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="30"/>
        <source>SHA-256 содержания (QR-код)</source>
        <translation>Мазмұнның SHA-256 (QR-код)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="31"/>
        <source>Подпись</source>
        <translation>Қолтаңба</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="103"/>
        <source>Условия согласия…</source>
        <translation>Келісім шарттары…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="106"/>
        <source>Подписать…</source>
        <translation>Қол қою…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="111"/>
        <source>Подписывает руководитель или сам уполномоченный подписант (п.&#xa0;3 ст.&#xa0;9)</source>
        <translation>Басшы немесе уәкілетті қол қоюшының өзі қол қояды (9-баптың 3-тармағы)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="115"/>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="339"/>
        <source>Печать…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="117"/>
        <source>Сохранить как…</source>
        <translation>Басқаша сақтау…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="119"/>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="142"/>
        <source>Для этой записи документов нашей Стороны нет.</source>
        <translation>Бұл жазба үшін біздің Тараптың құжаттары жоқ.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="150"/>
        <source>Документы по № {number} — MigDesk</source>
        <translation>№ {number} бойынша құжаттар — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="214"/>
        <source>Отменено.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="234"/>
        <source>Для письма о согласии укажите сведения, получателя и цель.</source>
        <translation>Келісім туралы хат үшін мәліметтерді, алушыны және мақсатты көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="242"/>
        <source>Документ формируется…</source>
        <translation>Құжат қалыптастырылуда…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="249"/>
        <source>Предпросмотр документа не удался.</source>
        <translation>Құжатты алдын ала қарау сәтсіз аяқталды.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="43"/>
        <source>№ {number} от {day}</source>
        <translation>{day} ж. № {number}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="47"/>
        <source>{day}, без номера</source>
        <translation>{day} ж., нөмірсіз</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="53"/>
        <source>Подписан (PAdES); печатный экземпляр — для собственноручной подписи.</source>
        <translation>Қол қойылған (PAdES); басылған данасы — қолмен қол қоюға арналған.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_facts.py" line="61"/>
        <source>Не подписан; место для собственноручной подписи.</source>
        <translation>Қол қойылмаған; қолмен қол қоюға арналған орын.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="278"/>
        <source>Подписать: {label}</source>
        <translation>Қол қою: {label}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="294"/>
        <source>Подписание документа…</source>
        <translation>Құжатқа қол қойылуда…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="295"/>
        <source>Подписание…</source>
        <translation>Қол қойылуда…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="305"/>
        <source>Печать документа</source>
        <translation>Құжатты басып шығару</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="324"/>
        <source>Документ № {number}</source>
        <translation>Құжат № {number}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="331"/>
        <source>Отправлено на печать: {pages} стр.</source>
        <translation>Басып шығаруға жіберілді: {pages} бет.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="338"/>
        <source>Печать документа…</source>
        <translation>Құжат басып шығарылуда…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="349"/>
        <source>Сохранить документ</source>
        <translation>Құжатты сақтау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="349"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="359"/>
        <source>Не удалось сохранить файл «{path}»: {reason}.</source>
        <translation>«{path}» файлын сақтау мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="371"/>
        <source>Сохранено: {name}</source>
        <translation>Сақталды: {name}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_dialog.py" line="374"/>
        <source>Сохранение…</source>
        <translation>Сақталуда…</translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="27"/>
        <source>запрос</source>
        <translation>сұрау-салу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="28"/>
        <source>ответ</source>
        <translation>жауап</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="29"/>
        <source>запрос-сведений</source>
        <translation>мәліметтер-сұрау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="30"/>
        <source>уведомление-о-препятствиях</source>
        <translation>кедергілер-туралы-хабарлама</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="31"/>
        <source>уведомление-об-отсрочке</source>
        <translation>кейінге-қалдыру-туралы-хабарлама</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="32"/>
        <source>отказ</source>
        <translation>бас тарту</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="33"/>
        <source>запрос-подтверждения</source>
        <translation>растау-сұрау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="34"/>
        <source>сопроводительное-письмо</source>
        <translation>ілеспе-хат</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="35"/>
        <source>согласие</source>
        <translation>келісім</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="36"/>
        <source>сведения-о-лице</source>
        <translation>тұлға-туралы-мәліметтер</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="37"/>
        <source>реестр-передачи</source>
        <translation>беру-тізілімі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="38"/>
        <source>акт-уничтожения</source>
        <translation>жою-актісі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/document_work.py" line="46"/>
        <source>-подписан</source>
        <translation>-қол-қойылған</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="107"/>
        <source>Возможные дубликаты — MigDesk</source>
        <translation>Ықтимал телнұсқалар — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="113"/>
        <source>В хранилище уже есть похожие записи. Проверьте, не то же ли это лицо: откройте его запись или сохраните новую, указав основание.</source>
        <translation>Қоймада ұқсас жазбалар бар. Бұл сол тұлға емес пе екенін тексеріңіз: оның жазбасын ашыңыз немесе негіздемесін көрсетіп, жаңасын сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="120"/>
        <source>вероятно то же лицо</source>
        <translation>бәлкім, сол тұлға</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="122"/>
        <source>возможный дубликат</source>
        <translation>ықтимал телнұсқа</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="124"/>
        <source>{name} — {level}, {score}%</source>
        <translation>{name} — {level}, {score}%</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="136"/>
        <source>Новая запись</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="138"/>
        <source>Запись в хранилище</source>
        <translation>Қоймадағы жазба</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="145"/>
        <source>Основание: почему это другое лицо (записывается в журнал аудита)</source>
        <translation>Негіздеме: бұл неге басқа тұлға (аудит журналына жазылады)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="149"/>
        <source>Открыть эту запись</source>
        <translation>Осы жазбаны ашу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="151"/>
        <source>Сохранить как новое лицо</source>
        <translation>Жаңа тұлға ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="158"/>
        <source>Вернуться к вводу</source>
        <translation>Енгізуге оралу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="186"/>
        <source>Почему похоже: {reasons}</source>
        <translation>Неге ұқсас: {reasons}</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="55"/>
        <source>Возможные дубликаты — MigDesk</source>
        <translation>Ықтимал телнұсқалар — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="60"/>
        <source>Пары записей, которые могут относиться к одному лицу: сходство ФИО в обоих алфавитах, даты рождения, номеров документов. Проверьте каждую пару.</source>
        <translation>Бір тұлғаға қатысты болуы мүмкін жазбалар жұптары: екі әліпбидегі аты-жөнінің, туған күнінің, құжат нөмірлерінің ұқсастығы. Әр жұпты тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="64"/>
        <source>Найти</source>
        <translation>Табу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="73"/>
        <source>Запись 1</source>
        <translation>1-жазба</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="73"/>
        <source>Запись 2</source>
        <translation>2-жазба</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="73"/>
        <source>Вероятность</source>
        <translation>Ықтималдығы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="73"/>
        <source>Почему</source>
        <translation>Неге</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="87"/>
        <source>Основание решения (в журнал аудита)</source>
        <translation>Шешімнің негіздемесі (аудит журналына)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="89"/>
        <source>Открыть запись 1</source>
        <translation>1-жазбаны ашу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="91"/>
        <source>Открыть запись 2</source>
        <translation>2-жазбаны ашу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="93"/>
        <source>Разные лица</source>
        <translation>Әртүрлі тұлғалар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="95"/>
        <source>Одно лицо (связать)</source>
        <translation>Бір тұлға (байланыстыру)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="97"/>
        <source>Объединить в запись 1</source>
        <translation>1-жазбаға біріктіру</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="130"/>
        <source>Идёт поиск…</source>
        <translation>Іздеу жүріп жатыр…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="133"/>
        <source>Поиск возможных дубликатов по всему реестру…</source>
        <translation>Бүкіл тізілім бойынша ықтимал телнұсқаларды іздеу…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="155"/>
        <source>Поиск прерван.</source>
        <translation>Іздеу үзілді.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="162"/>
        <source>вероятно то же лицо</source>
        <translation>бәлкім, сол тұлға</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="164"/>
        <source>возможный дубликат</source>
        <translation>ықтимал телнұсқа</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="178"/>
        <source>Найдено пар: {n}</source>
        <translation>Табылған жұптар: {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicates_window.py" line="180"/>
        <source>Возможных дубликатов нет.</source>
        <translation>Ықтимал телнұсқалар жоқ.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../migdesk/ui/exchange/common.py" line="53"/>
        <source>да</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/common.py" line="55"/>
        <source>нет</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/common.py" line="61"/>
        <source>подтверждение получения</source>
        <translation>алынғанын растау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/common.py" line="62"/>
        <source>данные</source>
        <translation>деректер</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/common.py" line="69"/>
        <source>основной</source>
        <translation>негізгі</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../migdesk/ui/exchange/menu.py" line="46"/>
        <source>&amp;Обмен</source>
        <translation>А&amp;лмасу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/menu.py" line="47"/>
        <source>Выгрузить пакет…</source>
        <translation>Пакетті шығару…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/menu.py" line="50"/>
        <source>Загрузить пакет…</source>
        <translation>Пакетті жүктеу…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/menu.py" line="53"/>
        <source>Журнал пакетов</source>
        <translation>Пакеттер журналы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/menu.py" line="58"/>
        <source>Проверить пакет (курьер)…</source>
        <translation>Пакетті тексеру (курьер)…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="69"/>
        <source>Выгрузить пакет — MigDesk</source>
        <translation>Пакетті шығару — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="74"/>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="153"/>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="154"/>
        <source>Загрузка…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="87"/>
        <source>Сопроводительный текст: зачем направляются сведения (ст.&#xa0;8)</source>
        <translation>Ілеспе мәтін: мәліметтер не үшін жіберіледі (8-бап)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="91"/>
        <source>Включить подтверждения получения для ещё не подтверждённых пакетов</source>
        <translation>Әлі расталмаған пакеттер үшін алынғанын растауларды қосу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="117"/>
        <source>Выгрузить</source>
        <translation>Шығару</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="121"/>
        <source>Реестр передачи…</source>
        <translation>Беру тізілімі…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="123"/>
        <source>Реестр передачи курьеру для записанного пакета (PDF)</source>
        <translation>Жазылған пакет үшін курьерге беру тізілімі (PDF)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="127"/>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="131"/>
        <source>Получатель:</source>
        <translation>Алушы:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="132"/>
        <source>Запросы и письма:</source>
        <translation>Сұрау салулар мен хаттар:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="133"/>
        <source>Лица (ст.&#xa0;8):</source>
        <translation>Тұлғалар (8-бап):</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="134"/>
        <source>Сопроводительное письмо:</source>
        <translation>Ілеспе хат:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="137"/>
        <source>Куда записать:</source>
        <translation>Қайда жазу:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="186"/>
        <source>ПИН-код токена «{label}»:</source>
        <translation>«{label}» токенінің PIN-коды:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="191"/>
        <source>ключом этого хранилища</source>
        <translation>осы қойманың кілтімен</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="193"/>
        <source>ключом органа на токене «{label}»</source>
        <translation>«{label}» токеніндегі орган кілтімен</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="197"/>
        <source>Пакет шифруется для органа-получателя и подписывается {signed_by}. Записи, полученные от другого органа, направляются только ему, если нет его письменного согласия (ст.&#xa0;11).</source>
        <translation>Пакет алушы орган үшін шифрланады және {signed_by} қол қойылады. Басқа органнан алынған жазбалар, оның жазбаша келісімі болмаса, тек соның өзіне жіберіледі (11-бап).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="206"/>
        <source>Нет доверенных органов-партнёров: администратор должен сначала импортировать их сертификаты.</source>
        <translation>Сенімді серіктес органдар жоқ: алдымен әкімші олардың сертификаттарын импорттауы керек.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="156"/>
        <source>Домашняя папка</source>
        <translation>Үй қалтасы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="281"/>
        <source>запросов согласия — {n}</source>
        <translation>келісімге сұрау салулар — {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="283"/>
        <source>ответов о согласии — {n}</source>
        <translation>келісім туралы жауаптар — {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="286"/>
        <source>изменений перечня подписантов — {n}</source>
        <translation>қол қоюшылар тізбесінің өзгерістері — {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="289"/>
        <source>Включить ожидающие отправки (ст.&#xa0;9, 11): {what}</source>
        <translation>Жіберуді күтіп тұрғандарды қосу (9, 11-баптар): {what}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="306"/>
        <source>Выберите носитель или папку.</source>
        <translation>Тасығышты немесе қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="313"/>
        <source>Ключ подписи органа хранится на токене «{label}»: подключите токен и введите его ПИН-код.</source>
        <translation>Органның қол қою кілті «{label}» токенінде сақталады: токенді қосып, оның PIN-кодын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="342"/>
        <source>Запись и проверка пакета…</source>
        <translation>Пакет жазылып, тексерілуде…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="360"/>
        <source>{message}
Номер пакета: {sequence}
Папка: {path}
SHA-256 ярлыка: {sha}</source>
        <translation>{message}
Пакет нөмірі: {sequence}
Қалта: {path}
Жапсырманың SHA-256: {sha}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_dialog.py" line="393"/>
        <source>Выгрузка отменена. Пакет не записан.</source>
        <translation>Шығару тоқтатылды. Пакет жазылмады.</translation>
    </message>
</context>
<context>
    <name>ExportMedium</name>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="105"/>
        <source>Другая папка…</source>
        <translation>Басқа қалта…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="114"/>
        <source>Съёмный носитель</source>
        <translation>Алынбалы тасығыш</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="114"/>
        <source>Папка</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="116"/>
        <source>свободно {free}</source>
        <translation>{free} бос</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="118"/>
        <source>свободное место неизвестно</source>
        <translation>бос орын белгісіз</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="165"/>
        <source>Папка для пакета</source>
        <translation>Пакетке арналған қалта</translation>
    </message>
</context>
<context>
    <name>ExportPersons</name>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="45"/>
        <source>Добавить из реестра…</source>
        <translation>Тізілімнен қосу…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="47"/>
        <source>Убрать</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_lists.py" line="71"/>
        <source>Загрузка…</source>
        <translation>Жүктелуде…</translation>
    </message>
</context>
<context>
    <name>ExportRequests</name>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="64"/>
        <source>Нет получателей: администратор загружает сертификат другой Стороны (migdesk-cli authority trust).</source>
        <translation>Алушылар жоқ: әкімші екінші Тараптың сертификатын жүктейді (migdesk-cli authority trust).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="71"/>
        <source>Поиск запросов и писем, ожидающих отправки…</source>
        <translation>Жіберуді күтіп тұрған сұрау салулар мен хаттарды іздеу…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="88"/>
        <source>сообщение</source>
        <translation>хабар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="90"/>
        <source>№ {number} — {kind}, {direction}: {what}</source>
        <translation>№ {number} — {kind}, {direction}: {what}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="97"/>
        <source>без подписанного письма: {letters}</source>
        <translation>қол қойылған хатсыз: {letters}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="120"/>
        <source>Отметьте, что войдёт в пакет; отмеченное при записи пакета станет направленным.</source>
        <translation>Пакетке не кіретінін белгілеңіз; белгіленгендер пакет жазылғанда жіберілген болып саналады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/export_requests.py" line="127"/>
        <source>Нет запросов и писем к отправке: подписанные («Запросы» → запрос → «Подписать…») появятся здесь.</source>
        <translation>Жіберетін сұрау салулар мен хаттар жоқ: қол қойылғандары («Сұрау салулар» → сұрау салу → «Қол қою…») осында пайда болады.</translation>
    </message>
</context>
<context>
    <name>FamilyTab</name>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="50"/>
        <source>Кем приходится</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="51"/>
        <source>Член семьи</source>
        <translation>Отбасы мүшесі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="52"/>
        <source>Право на проживание и работу</source>
        <translation>Тұру және жұмыс істеу құқығы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="69"/>
        <source>Добавить члена семьи…</source>
        <translation>Отбасы мүшесін қосу…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="71"/>
        <source>Удалить связь</source>
        <translation>Байланысты жою</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="73"/>
        <source>Открыть карточку</source>
        <translation>Карточканы ашу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="79"/>
        <source>Кем приходится:</source>
        <translation>Туыстығы:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="92"/>
        <source>Права членов семьи на проживание и работу видны здесь; связь сохраняется сразу и передаётся в пакете вместе с обоими лицами.</source>
        <translation>Отбасы мүшелерінің тұру және жұмыс істеу құқықтары осында көрсетіледі; байланыс бірден сақталады және пакетте екі тұлғамен бірге беріледі.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="104"/>
        <source>супруг (супруга)</source>
        <translation>жұбайы (зайыбы)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="105"/>
        <source>ребёнок</source>
        <translation>баласы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="106"/>
        <source>родитель</source>
        <translation>ата-анасы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="107"/>
        <source>иной член семьи</source>
        <translation>басқа отбасы мүшесі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="112"/>
        <source>специальный статус проживания</source>
        <translation>тұрудың арнайы мәртебесі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="113"/>
        <source>разрешение на временное проживание</source>
        <translation>уақытша тұруға рұқсат</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="114"/>
        <source>разрешение на постоянное проживание</source>
        <translation>тұрақты тұруға рұқсат</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="115"/>
        <source>право на работу</source>
        <translation>жұмыс істеу құқығы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="127"/>
        <source>Членов семьи можно указать после сохранения записи.</source>
        <translation>Отбасы мүшелерін жазба сақталғаннан кейін көрсетуге болады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="157"/>
        <source> до {date}</source>
        <translation> {date} дейін</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="163"/>
        <source>не указано</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="170"/>
        <source>Членов семьи: {count}</source>
        <translation>Отбасы мүшелері: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="172"/>
        <source>Члены семьи не указаны.</source>
        <translation>Отбасы мүшелері көрсетілмеген.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="62"/>
        <source>Записать</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="65"/>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="129"/>
        <source>Не записано: исправьте отмеченные поля.</source>
        <translation>Тіркелмеді: белгіленген өрістерді түзетіңіз.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="29"/>
        <source>История появится после первого сохранения.</source>
        <translation>Тарих бірінші сақтаудан кейін пайда болады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="33"/>
        <source>Редакция</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="33"/>
        <source>Когда</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="33"/>
        <source>Кто</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="33"/>
        <source>Что изменено</source>
        <translation>Не өзгертілді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="45"/>
        <source>создание записи</source>
        <translation>жазбаны жасау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="46"/>
        <source>изменение</source>
        <translation>өзгерту</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="48"/>
        <source>объединение с другой записью</source>
        <translation>басқа жазбамен біріктіру</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../migdesk/ui/idle_lock.py" line="237"/>
        <source>Хранилище заблокировано автоматически: нет действий {minutes} мин.</source>
        <translation>Қойма автоматты түрде бұғатталды: {minutes} мин әрекет болмады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/idle_lock.py" line="242"/>
        <source>Хранилище заблокировано: работа программы приостановлена.</source>
        <translation>Қойма бұғатталды: бағдарлама жұмысы уақытша тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/idle_lock.py" line="245"/>
        <source>Хранилище заблокировано вместе с экраном компьютера.</source>
        <translation>Қойма компьютер экранымен бірге бұғатталды.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/lock_drafts.py" line="111"/>
        <source>Несохранённые изменения пользователя {user} сохранены как зашифрованный черновик в хранилище (карточек: {count}) и будут открыты, когда {user} снова войдёт.</source>
        <translation>{user} пайдаланушысының сақталмаған өзгерістері қоймада шифрланған жоба ретінде сақталды (карточкалар: {count}) және {user} қайта кіргенде ашылады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/lock_drafts.py" line="118"/>
        <source>Несохранённые изменения не сохранены (карточек: {count}).</source>
        <translation>Сақталмаған өзгерістер сақталмады (карточкалар: {count}).</translation>
    </message>
</context>
<context>
    <name>IdleLockDialog</name>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="63"/>
        <source>Автоматическая блокировка</source>
        <translation>Автоматты бұғаттау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="72"/>
        <source>Сохранить</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="73"/>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="70"/>
        <source>Блокировать после бездействия, мин:</source>
        <translation>Әрекетсіздіктен кейін бұғаттау, мин:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/admin_menu.py" line="65"/>
        <source>Хранилище блокируется, когда за это время не было ни нажатий клавиш, ни действий мышью, а также при блокировке экрана компьютера. Открытые карточки при этом закрываются без сохранения. Настройка действует для всех пользователей этого хранилища.</source>
        <translation>Осы уақыт ішінде пернелер басылмаса және тінтуірмен әрекет жасалмаса, сондай-ақ компьютер экраны бұғатталғанда қойма бұғатталады. Бұл кезде ашық карточкалар сақталмай жабылады. Баптау осы қойманың барлық пайдаланушыларына қолданылады.</translation>
    </message>
</context>
<context>
    <name>ImagePick</name>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="140"/>
        <source>не выбран</source>
        <translation>таңдалмаған</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="143"/>
        <source>Выбрать изображение…</source>
        <translation>Суретті таңдау…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="152"/>
        <source>Изображение</source>
        <translation>Сурет</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="59"/>
        <source>Загрузить пакет — MigDesk</source>
        <translation>Пакетті жүктеу — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="63"/>
        <source>Папка пакета *.mdbundle</source>
        <translation>*.mdbundle пакетінің қалтасы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="65"/>
        <source>Выбрать папку…</source>
        <translation>Қалтаны таңдау…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="67"/>
        <source>Проверить</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="85"/>
        <source>Загрузить</source>
        <translation>Жүктеу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="88"/>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="99"/>
        <source>Сначала пакет проверяется и показывается, что изменится; хранилище при этом не меняется. Загрузка выполняется целиком или не выполняется вовсе.</source>
        <translation>Алдымен пакет тексеріліп, не өзгеретіні көрсетіледі; бұл кезде қойма өзгермейді. Жүктеу толығымен орындалады немесе мүлдем орындалмайды.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="133"/>
        <source>Папка пакета (*.mdbundle)</source>
        <translation>Пакет қалтасы (*.mdbundle)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="162"/>
        <source>Проверка и расшифровка пакета…</source>
        <translation>Пакет тексеріліп, шифры ашылуда…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="227"/>
        <source>Загрузка пакета…</source>
        <translation>Пакет жүктелуде…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="236"/>
        <source>Пакет № {sequence} от {sender} загружен: новых лиц — {new}, обновлено — {updated}, зарегистрировано запросов и сообщений — {requests}, записано писем по запросам — {letters}, подтверждено наших пакетов — {acks}.</source>
        <translation>{sender} жіберген № {sequence} пакет жүктелді: жаңа тұлғалар — {new}, жаңартылды — {updated}, тіркелген сұрау салулар мен хабарлар — {requests}, жазылған сұрау салулар бойынша хаттар — {letters}, расталған біздің пакеттер — {acks}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="249"/>
        <source>Пакет уже был загружен ранее; ничего не изменено.</source>
        <translation>Пакет бұрын жүктелген; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="261"/>
        <source>Пакет отклонён: {reason}</source>
        <translation>Пакет қабылданбады: {reason}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_dialog.py" line="267"/>
        <source>Отменено; хранилище не изменено.</source>
        <translation>Тоқтатылды; қойма өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPanel</name>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="54"/>
        <source>Что изменится</source>
        <translation>Не өзгереді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="54"/>
        <source>Подробности</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="58"/>
        <source>Конфликты — решите для каждой записи, какую версию оставить:</source>
        <translation>Қайшылықтар — әр жазба үшін қай нұсқаны қалдыру керектігін шешіңіз:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="63"/>
        <source>Лицо</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="63"/>
        <source>Различаются поля</source>
        <translation>Өзгеше өрістер</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="63"/>
        <source>Решение</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="95"/>
        <source>новое лицо</source>
        <translation>жаңа тұлға</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="97"/>
        <source>вероятно то же лицо, что {name}</source>
        <translation>бәлкім, {name} тұлғасымен бірдей</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="99"/>
        <source>возможно то же лицо, что {name}</source>
        <translation>мүмкін, {name} тұлғасымен бірдей</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="118"/>
        <source>Отметьте, чтобы связать с записью {id}: {reasons}</source>
        <translation>{id} жазбасымен байланыстыру үшін белгілеңіз: {reasons}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="136"/>
        <source>Отправитель: {sender}; пакет № {sequence} (канал {channel}); вид: {kind}.</source>
        <translation>Жіберуші: {sender}; пакет № {sequence} ({channel} арнасы); түрі: {kind}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="147"/>
        <source>Проверено: подпись отправителя действительна (сертификат {sender}, которому доверяет это хранилище), пакет не изменён и адресован нашему органу.</source>
        <translation>Тексерілді: жіберушінің қолтаңбасы жарамды ({sender} сертификаты, оған осы қойма сенеді), пакет өзгертілмеген және біздің органға жолданған.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="152"/>
        <source>Цель: {purpose}</source>
        <translation>Мақсаты: {purpose}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="154"/>
        <source>Сопроводительное письмо: {text}</source>
        <translation>Ілеспе хат: {text}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="156"/>
        <source>Этот пакет уже был загружен ранее; ничего не изменится.</source>
        <translation>Бұл пакет бұрын жүктелген; ештеңе өзгермейді.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="161"/>
        <source>При загрузке будет записано: новых лиц — {new}, обновлений — {updated}, запросов и сообщений — {requests}, писем по запросам — {letters}.</source>
        <translation>Жүктеу кезінде жазылады: жаңа тұлғалар — {new}, жаңартулар — {updated}, сұрау салулар мен хабарлар — {requests}, сұрау салулар бойынша хаттар — {letters}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="173"/>
        <source>Похожи на лиц из нашего реестра: {n}. Отметьте тех, кого нужно связать с нашей записью; полученная запись останется отдельной, с ограничениями отправителя.</source>
        <translation>Біздің тізілімдегі тұлғаларға ұқсас: {n}. Біздің жазбамен байланыстыру қажеттерін белгілеңіз; алынған жазба жіберушінің шектеулерімен жеке қалады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="186"/>
        <source>Новые лица: {n}</source>
        <translation>Жаңа тұлғалар: {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="190"/>
        <source>Обновления: {n}</source>
        <translation>Жаңартулар: {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="194"/>
        <source>изменятся поля: {fields}</source>
        <translation>өзгеретін өрістер: {fields}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="202"/>
        <source>Без изменений: {n}</source>
        <translation>Өзгеріссіз: {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="203"/>
        <source>совпадает с записью в хранилище</source>
        <translation>қоймадағы жазбамен сәйкес</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="216"/>
        <source>Запросы и письма: {n}</source>
        <translation>Сұрау салулар мен хаттар: {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="227"/>
        <source>Перечень подписантов (п.&#xa0;4 ст.&#xa0;9): {n}</source>
        <translation>Қол қоюшылар тізбесі (9-баптың 4-тармағы): {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="239"/>
        <source>Связи с членами семьи: {n}</source>
        <translation>Отбасы мүшелерімен байланыстар: {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="250"/>
        <source>Подтверждает получение наших пакетов: {n}</source>
        <translation>Біздің пакеттердің алынғанын растайды: {n}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="262"/>
        <source>Пропущены пакеты № {numbers}</source>
        <translation>№ {numbers} пакеттер өткізіп алынған</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="265"/>
        <source>запросите их у отправителя повторно</source>
        <translation>оларды жіберушіден қайта сұратыңыз</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="279"/>
        <source>— выберите —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="280"/>
        <source>Оставить свою запись</source>
        <translation>Өз жазбамызды қалдыру</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/import_preview.py" line="281"/>
        <source>Принять из пакета</source>
        <translation>Пакеттегіні қабылдау</translation>
    </message>
</context>
<context>
    <name>IndexUpkeep</name>
    <message>
        <location filename="../migdesk/ui/index_upkeep.py" line="46"/>
        <source>Упорядочивается поисковый индекс…</source>
        <translation>Іздеу индексі реттелуде…</translation>
    </message>
</context>
<context>
    <name>JournalsTab</name>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="58"/>
        <source>Орган</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="59"/>
        <source>Год</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="61"/>
        <source>Входящие</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="62"/>
        <source>Исходящие</source>
        <translation>Шығыс</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="68"/>
        <source>Сохранить шаблон</source>
        <translation>Үлгіні сақтау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="88"/>
        <source>Вставить в шаблон:</source>
        <translation>Үлгіге қою:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="91"/>
        <source>Вставляет {token}</source>
        <translation>{token} қояды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="107"/>
        <source>Порядковый номер обязателен и входит в шаблон один раз; например, шаблон «12-3/{seq}» даёт номера 12-3/1, 12-3/2… Нумерация без пропусков, номера не используются повторно; новый шаблон действует для следующих номеров.</source>
        <translation>Реттік нөмір міндетті және үлгіге бір рет кіреді; мысалы, «12-3/{seq}» үлгісі 12-3/1, 12-3/2… нөмірлерін береді. Нөмірлеу өткізіп алусыз, нөмірлер қайта пайдаланылмайды; жаңа үлгі келесі нөмірлерге қолданылады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="121"/>
        <source>порядковый номер</source>
        <translation>реттік нөмір</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="122"/>
        <source>год</source>
        <translation>жыл</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="123"/>
        <source>год, две цифры</source>
        <translation>жыл, екі цифр</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="124"/>
        <source>код органа</source>
        <translation>орган коды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="140"/>
        <source>1, 2, 3… с начала года</source>
        <translation>1, 2, 3… жыл басынан бастап</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="146"/>
        <source>{token} — {name}: {meaning}</source>
        <translation>{token} — {name}: {meaning}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="168"/>
        <source>например: № {number}</source>
        <translation>мысалы: № {number}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="173"/>
        <source>шаблон неверен</source>
        <translation>үлгі қате</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/journals_tab.py" line="204"/>
        <source>Шаблон не сохранён.</source>
        <translation>Үлгі сақталмады.</translation>
    </message>
</context>
<context>
    <name>KeyChooser</name>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="123"/>
        <source>Файл ключа PKCS#12</source>
        <translation>PKCS#12 кілт файлы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="124"/>
        <source>Токен PKCS#11</source>
        <translation>PKCS#11 токені</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="131"/>
        <source>Поддержка токенов PKCS#11 ещё не подключена.</source>
        <translation>PKCS#11 токендерін қолдау әлі қосылмаған.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="134"/>
        <source>файл .p12 или .pfx</source>
        <translation>.p12 немесе .pfx файлы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="135"/>
        <location filename="../migdesk/ui/documents/keys.py" line="150"/>
        <source>Выбрать…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="145"/>
        <source>Файл</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="146"/>
        <source>Пароль</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="149"/>
        <source>библиотека PKCS#11 (.so, .dll)</source>
        <translation>PKCS#11 кітапханасы (.so, .dll)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="158"/>
        <source>Найти токены</source>
        <translation>Токендерді табу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="165"/>
        <source>необязательно: единственный ключ токена</source>
        <translation>міндетті емес: токеннің жалғыз кілті</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="170"/>
        <source>Библиотека</source>
        <translation>Кітапхана</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="171"/>
        <source>Токен</source>
        <translation>Токен</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="172"/>
        <source>Метка ключа</source>
        <translation>Кілт белгісі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="173"/>
        <source>PIN-код</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="208"/>
        <source>Файл ключа подписанта</source>
        <translation>Қол қоюшы кілтінің файлы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="208"/>
        <source>Ключи PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 кілттері (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="215"/>
        <source>Библиотека PKCS#11</source>
        <translation>PKCS#11 кітапханасы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="215"/>
        <source>Библиотеки (*.so *.dll *.dylib)</source>
        <translation>Кітапханалар (*.so *.dll *.dylib)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="232"/>
        <source>Токены не найдены.</source>
        <translation>Токендер табылмады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="254"/>
        <source>Укажите файл ключа.</source>
        <translation>Кілт файлын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="260"/>
        <source>Укажите библиотеку PKCS#11 и токен.</source>
        <translation>PKCS#11 кітапханасын және токенді көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="262"/>
        <source>Введите PIN-код токена.</source>
        <translation>Токеннің PIN-кодын енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="284"/>
        <source>Подписание — MigDesk</source>
        <translation>Қол қою — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="290"/>
        <source>Подписать</source>
        <translation>Қол қою</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="291"/>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/keys.py" line="301"/>
        <source>Подписывает лицо из перечня уполномоченных, действующего на дату документа (п.&#xa0;3 ст.&#xa0;9 Соглашения).</source>
        <translation>Құжат күніне қолданыстағы уәкілетті тұлғалар тізбесіндегі тұлға қол қояды (Келісімнің 9-бабының 3-тармағы).</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="50"/>
        <source>Бланк и подписание — MigDesk</source>
        <translation>Бланк және қол қою — MigDesk</translation>
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
        <translation>«Төрт көз» ережесі: авторы емес, қол қоюшыға бекітілген пайдаланушы қол қояды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="67"/>
        <source>Сохранить</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="70"/>
        <source>Наименование (по строкам)</source>
        <translation>Атауы (жолдар бойынша)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="71"/>
        <source>Краткое наименование</source>
        <translation>Қысқаша атауы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="72"/>
        <source>Почтовый адрес</source>
        <translation>Пошта мекенжайы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="73"/>
        <source>Телефон</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="74"/>
        <source>Электронная почта</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="75"/>
        <source>Сайт</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="80"/>
        <source>Реквизиты печатаются в левом верхнем углу каждого письма (ГОСТ Р 7.0.97). Пустое наименование — наименование органа из реестра на дату письма.</source>
        <translation>Деректемелер әр хаттың сол жақ жоғарғы бұрышында басылады (ГОСТ Р 7.0.97). Бос атау — хат күніндегі тізілімдегі орган атауы.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="90"/>
        <source>Выключайте правило только в подразделении из одного сотрудника: тогда руководитель подписывает за любого подписанта из перечня. Изменение записывается в журнал аудита.</source>
        <translation>Ережені тек бір қызметкерден тұратын бөлімшеде ғана өшіріңіз: сонда басшы тізбедегі кез келген қол қоюшы үшін қол қояды. Өзгеріс аудит журналына жазылады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="97"/>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="133"/>
        <source>Хранилище не привязано к компетентному органу.</source>
        <translation>Қойма құзыретті органға байланыстырылмаған.</translation>
    </message>
</context>
<context>
    <name>LinksLine</name>
    <message>
        <location filename="../migdesk/ui/person_links.py" line="88"/>
        <source>То же лицо, что {record}</source>
        <translation>{record} тұлғасымен бірдей</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_links.py" line="90"/>
        <source>Не то же лицо, что {record}</source>
        <translation>{record} тұлғасымен бірдей емес</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_links.py" line="94"/>
        <source>записано: {who}, {when}</source>
        <translation>жазған: {who}, {when}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_links.py" line="100"/>
        <source>основание: {reason}</source>
        <translation>негіздеме: {reason}</translation>
    </message>
</context>
<context>
    <name>LoginCountdown</name>
    <message>
        <location filename="../migdesk/ui/unlock_guard.py" line="70"/>
        <source>Слишком много неудачных попыток входа под этим именем. Следующая попытка — через {time}; до тех пор пароль не проверяется.</source>
        <translation>Бұл атпен сәтсіз кіру әрекеттері тым көп. Келесі әрекет — {time} кейін; оған дейін құпиясөз тексерілмейді.</translation>
    </message>
</context>
<context>
    <name>MainInfoTab</name>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="84"/>
        <source>ДД.ММ.ГГГГ, ММ.ГГГГ или ГГГГ</source>
        <translation>КК.АА.ЖЖЖЖ, АА.ЖЖЖЖ немесе ЖЖЖЖ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="88"/>
        <source>не указан</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="133"/>
        <source>Вставить MRZ…</source>
        <translation>MRZ қою…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="135"/>
        <source>Заполнить поля из машиносчитываемой зоны паспорта или ID-карты</source>
        <translation>Өрістерді паспорттың немесе ID-картаның машинамен оқылатын аймағынан толтыру</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="146"/>
        <source>Фамилия, имя, отчество</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="150"/>
        <source>На русском</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="150"/>
        <source>Латиницей (как в паспорте)</source>
        <translation>Латынша (паспорттағыдай)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="155"/>
        <source>Фамилия</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="155"/>
        <source>Имя</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="155"/>
        <source>Отчество</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="173"/>
        <source>Если латиница не заполнена, она будет получена из русского написания по ICAO Doc 9303 (показано серым).</source>
        <translation>Егер латынша жазылуы толтырылмаса, ол орысша жазылуынан ICAO Doc 9303 бойынша алынады (сұр түспен көрсетілген).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="185"/>
        <source>Пол и рождение</source>
        <translation>Жынысы және туған жері</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="187"/>
        <source>Пол:</source>
        <translation>Жынысы:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="188"/>
        <source>Дата рождения:</source>
        <translation>Туған күні:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="189"/>
        <source>Место рождения:</source>
        <translation>Туған жері:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="194"/>
        <source>Персональный номер</source>
        <translation>Жеке нөмір</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="196"/>
        <source>определить по числу цифр</source>
        <translation>цифрлар саны бойынша анықтау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="206"/>
        <source>Номер:</source>
        <translation>Нөмірі:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="207"/>
        <source>Вид:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="213"/>
        <source>Примечания</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="244"/>
        <source>ИИН прошёл проверку: дата рождения {date}, пол {sex}.</source>
        <translation>ЖСН тексеруден өтті: туған күні {date}, жынысы {sex}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="253"/>
        <source>Формат номера верный.</source>
        <translation>Нөмір форматы дұрыс.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="258"/>
        <source>{message}. Это предупреждение: запись можно сохранить.</source>
        <translation>{message}. Бұл ескерту: жазбаны сақтауға болады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="388"/>
        <source>MRZ: {errors}. Проверьте данные по документу.</source>
        <translation>MRZ: {errors}. Деректерді құжат бойынша тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="394"/>
        <source>Данные заполнены из MRZ, контрольные цифры верны.</source>
        <translation>Деректер MRZ-дан толтырылды, бақылау цифрлары дұрыс.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="60"/>
        <source>MigDesk — Реестр лиц</source>
        <translation>MigDesk — Тұлғалар тізілімі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="134"/>
        <source>&amp;Файл</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="135"/>
        <source>Новое лицо</source>
        <translation>Жаңа тұлға</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="140"/>
        <source>Найти лицо</source>
        <translation>Тұлғаны табу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/demo_menu.py" line="45"/>
        <source>Заполнить демо-данными…</source>
        <translation>Демо-деректермен толтыру…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="149"/>
        <source>Возможные дубликаты…</source>
        <translation>Ықтимал телнұсқалар…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="155"/>
        <source>Заблокировать</source>
        <translation>Бұғаттау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="159"/>
        <source>Выход</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="164"/>
        <source>&amp;Справка</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/about_box.py" line="25"/>
        <location filename="../migdesk/ui/main_window.py" line="165"/>
        <source>О программе</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="170"/>
        <source>Хранилище: {name}</source>
        <translation>Қойма: {name}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="172"/>
        <source>Пользователь: {user}</source>
        <translation>Пайдаланушы: {user}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="205"/>
        <source>Записей: {count}</source>
        <translation>Жазбалар: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/about_box.py" line="17"/>
        <source>MigDesk {version}
Сборка: {commit} от {date}

Рабочее место сотрудников миграционных служб Республики Казахстан и Республики Армения по Соглашению о сотрудничестве в области миграции.

Данные хранятся только на этом компьютере, в зашифрованном хранилище.</source>
        <translation>MigDesk {version}
Жинақ: {commit}, {date}

Көші-қон саласындағы ынтымақтастық туралы Келісім бойынша Қазақстан Республикасы мен Армения Республикасы көші-қон қызметтері қызметкерлерінің жұмыс орны.

Деректер тек осы компьютерде, шифрланған қоймада сақталады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="300"/>
        <source>Открыты карточки с изменениями, не сохранёнными до блокировки: {count}.</source>
        <translation>Бұғаттауға дейін сақталмаған өзгерістері бар карточкалар ашылды: {count}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/demo_menu.py" line="72"/>
        <source>Остановлено: добавлено {count} демо-записей.</source>
        <translation>Тоқтатылды: {count} демо-жазба қосылды.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/demo_menu.py" line="74"/>
        <source>Добавлено {count} демо-записей.</source>
        <translation>{count} демо-жазба қосылды.</translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="174"/>
        <source>Предпросмотр недоступен ({mime}).</source>
        <translation>Алдын ала қарау қолжетімсіз ({mime}).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="183"/>
        <source>Фотографии</source>
        <translation>Фотосуреттер</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="192"/>
        <source>Фотографий нет.</source>
        <translation>Фотосуреттер жоқ.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="193"/>
        <source>Добавить фото…</source>
        <translation>Фото қосу…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="195"/>
        <source>Удалить фото</source>
        <translation>Фотоны жою</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="209"/>
        <location filename="../migdesk/ui/media_tab.py" line="310"/>
        <source>Дактилоскопическая карта</source>
        <translation>Дактилоскопиялық карта</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="210"/>
        <source>Дактилокарта не загружена.</source>
        <translation>Дактилокарта жүктелмеген.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="211"/>
        <source>Загрузить…</source>
        <translation>Жүктеу…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="213"/>
        <source>Удалить</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="279"/>
        <source>Фотография</source>
        <translation>Фотосурет</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="279"/>
        <location filename="../migdesk/ui/media_tab.py" line="310"/>
        <source>Изображения (*.jpg *.jpeg *.png)</source>
        <translation>Суреттер (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="333"/>
        <source>Не удалось прочитать файл.</source>
        <translation>Файлды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="331"/>
        <source>Поддерживаются изображения JPEG и PNG.</source>
        <translation>JPEG және PNG суреттері қолдау көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="388"/>
        <source>Фото № {number}: {message}</source>
        <translation>№ {number} фото: {message}</translation>
    </message>
</context>
<context>
    <name>MessageFields</name>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="69"/>
        <source>Стороны и регистрация</source>
        <translation>Тараптар және тіркеу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="87"/>
        <source>Вид сообщения</source>
        <translation>Хабар түрі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="88"/>
        <source>Запрашивающий орган</source>
        <translation>Сұрау салушы орган</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="89"/>
        <source>Запрашиваемый орган</source>
        <translation>Сұрау салынған орган</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="90"/>
        <source>Дата поступления</source>
        <translation>Келіп түскен күні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="91"/>
        <source>Срок исполнения</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="92"/>
        <source>Номер документа другой Стороны</source>
        <translation>Екінші Тарап құжатының нөмірі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="93"/>
        <source>Дата документа другой Стороны</source>
        <translation>Екінші Тарап құжатының күні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="97"/>
        <source>Содержание (п.&#xa0;2 ст.&#xa0;9)</source>
        <translation>Мазмұны (9-баптың 2-тармағы)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="107"/>
        <source>Сообщение под сомнением</source>
        <translation>Күмәнді хабар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="108"/>
        <source>Существо</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="109"/>
        <source>Цель</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="110"/>
        <source>Обоснование</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="111"/>
        <source>Другая полезная информация</source>
        <translation>Басқа пайдалы ақпарат</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="112"/>
        <source>Сопроводительный текст (ст.&#xa0;8)</source>
        <translation>Ілеспе мәтін (8-бап)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="148"/>
        <location filename="../migdesk/ui/requests/request_fields.py" line="167"/>
        <source>— выберите сообщение —</source>
        <translation>— хабарды таңдаңыз —</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_fields.py" line="213"/>
        <source>{due} (30 календарных дней с даты поступления, п.&#xa0;3 ст.&#xa0;10)</source>
        <translation>{due} (келіп түскен күннен бастап 30 күнтізбелік күн, 10-баптың 3-тармағы)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../migdesk/ui/messages.py" line="24"/>
        <source>Хранилище занято: другое окно MigDesk или команда сейчас записывает в него. Хранилище не изменено; повторите позже.</source>
        <translation>Қойма бос емес: оған қазір MigDesk-тің басқа терезесі немесе командасы жазып жатыр. Қойма өзгертілмеді; кейінірек қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="30"/>
        <source>Внутренняя ошибка программы ({name}). Обратитесь к администратору.</source>
        <translation>Бағдарламаның ішкі қатесі ({name}). Әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="41"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="54"/>
        <source>Ошибка</source>
        <translation>Қате</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="91"/>
        <source>Несохранённые изменения</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="92"/>
        <source>Сохранить изменения?</source>
        <translation>Өзгерістерді сақтау керек пе?</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="96"/>
        <source>Сохранить</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="97"/>
        <source>Не сохранять</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="98"/>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>MrzDialog</name>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="33"/>
        <source>Вставить MRZ</source>
        <translation>MRZ қою</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="42"/>
        <source>Вставьте 2 строки по 44 символа (паспорт), 2 строки по 36 или 3 строки по 30 (ID-карта)</source>
        <translation>44 таңбадан 2 жолды (паспорт), 36 таңбадан 2 жолды немесе 30 таңбадан 3 жолды (ID-карта) қойыңыз</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="59"/>
        <source>Данные сверены с документом — заполнить, несмотря на ошибки</source>
        <translation>Деректер құжатпен салыстырылды — қателерге қарамастан толтыру</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="66"/>
        <source>Заполнить</source>
        <translation>Толтыру</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="68"/>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="76"/>
        <source>Будут заполнены латинские фамилия и имя, пол, дата рождения, гражданство и паспорт (документ).</source>
        <translation>Латынша тегі мен аты, жынысы, туған күні, азаматтығы және паспорт (құжат) толтырылады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="123"/>
        <source>{name}; пол: {sex}; дата рождения: {birth}; гражданство: {nationality}; документ № {number}, действителен до {expiry}</source>
        <translation>{name}; жынысы: {sex}; туған күні: {birth}; азаматтығы: {nationality}; құжат № {number}, {expiry} дейін жарамды</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="181"/>
        <source>Смена пароля</source>
        <translation>Құпиясөзді ауыстыру</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="182"/>
        <source>Сменить пароль</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="184"/>
        <source>Сброс пароля</source>
        <translation>Құпиясөзді қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="185"/>
        <source>Задать пароль</source>
        <translation>Құпиясөз орнату</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="195"/>
        <source>Пользователь:</source>
        <translation>Пайдаланушы:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="197"/>
        <source>Текущий пароль:</source>
        <translation>Ағымдағы құпиясөз:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="198"/>
        <source>Новый пароль:</source>
        <translation>Жаңа құпиясөз:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="200"/>
        <source>Повторите пароль:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="206"/>
        <source>Пароль передайте пользователю лично; хранилище не перешифровывается, меняется только его ключевой слот.</source>
        <translation>Құпиясөзді пайдаланушыға жеке өзі беріңіз; қойма қайта шифрланбайды, тек оның кілт ұясы өзгереді.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="220"/>
        <source>Пароли не совпадают.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="239"/>
        <source>Текущий пароль указан неверно.</source>
        <translation>Ағымдағы құпиясөз қате көрсетілген.</translation>
    </message>
</context>
<context>
    <name>PasswordRule</name>
    <message numerus="yes">
        <location filename="../migdesk/ui/password_rule.py" line="33"/>
        <source>не меньше %n символов</source>
        <translation>
            <numerusform>кемінде %n таңба</numerusform>
            <numerusform>кемінде %n таңба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../migdesk/ui/password_rule.py" line="42"/>
        <source>Не меньше %n символов; не из числа известных простых паролей (12345678, qwerty, пароль…) и без имени пользователя.</source>
        <translation>
            <numerusform>Кемінде %n таңба; белгілі қарапайым құпиясөздердің бірі емес (12345678, qwerty, құпиясөз…) және пайдаланушы атынсыз.</numerusform>
            <numerusform>Кемінде %n таңба; белгілі қарапайым құпиясөздердің бірі емес (12345678, qwerty, құпиясөз…) және пайдаланушы атынсыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="63"/>
        <source>Смените пароль</source>
        <translation>Құпиясөзді ауыстырыңыз</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="64"/>
        <source>Ваш пароль не отвечает действующему правилу паролей: {rule} Он пока действует, но смените его сейчас — хранилище защищено только паролями его пользователей.</source>
        <translation>Құпиясөзіңіз қолданыстағы құпиясөз ережесіне сай емес: {rule} Ол әзірге жарамды, бірақ оны қазір ауыстырыңыз — қойманы тек оның пайдаланушыларының құпиясөздері қорғайды.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="74"/>
        <source>Сменить пароль…</source>
        <translation>Құпиясөзді ауыстыру…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="78"/>
        <source>Позже</source>
        <translation>Кейінірек</translation>
    </message>
</context>
<context>
    <name>PasswordRuleDialog</name>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="100"/>
        <source>Правило паролей</source>
        <translation>Құпиясөз ережесі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="109"/>
        <source>Сохранить</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="110"/>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="107"/>
        <source>Новый пароль не короче, символов:</source>
        <translation>Жаңа құпиясөз кемінде, таңба:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/password_rule.py" line="102"/>
        <source>Действует для новых паролей всех пользователей этого хранилища; меньше 10 символов задать нельзя. Известные простые пароли и пароли с именем пользователя не принимаются при любой длине. Прежние пароли продолжают действовать, но их владельцам после входа предлагается их сменить.</source>
        <translation>Осы қойманың барлық пайдаланушыларының жаңа құпиясөздеріне қолданылады; 10 таңбадан аз орнатуға болмайды. Белгілі қарапайым құпиясөздер мен пайдаланушы аты бар құпиясөздер кез келген ұзындықта қабылданбайды. Бұрынғы құпиясөздер жарамды болып қалады, бірақ олардың иелеріне кіргеннен кейін оларды ауыстыру ұсынылады.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="46"/>
        <source>◀ Предыдущая</source>
        <translation>◀ Алдыңғы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="48"/>
        <source>Следующая ▶</source>
        <translation>Келесі ▶</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="57"/>
        <source>По ширине</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="58"/>
        <source>Страница целиком</source>
        <translation>Бүкіл бет</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="67"/>
        <source>Страница</source>
        <translation>Бет</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="72"/>
        <source>Масштаб</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/preview.py" line="154"/>
        <source>из {count}</source>
        <translation>{count} ішінен</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="42"/>
        <source>ФИО</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="43"/>
        <source>ФИО латиницей</source>
        <translation>Аты-жөні латынша</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="44"/>
        <source>Дата рождения</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="45"/>
        <source>Пол</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="46"/>
        <source>Гражданство</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="47"/>
        <source>Персональный номер</source>
        <translation>Жеке нөмір</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="48"/>
        <source>Документы</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/duplicate_dialog.py" line="49"/>
        <source>Место рождения</source>
        <translation>Туған жері</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="116"/>
        <source>Основные сведения</source>
        <translation>Негізгі мәліметтер</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="124"/>
        <source>Документы</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="126"/>
        <source>Ответственность</source>
        <translation>Жауаптылық</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="129"/>
        <source>Учёт (регистрация)</source>
        <translation>Есепке алу (тіркеу)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="130"/>
        <source>Проживание и работа</source>
        <translation>Тұру және жұмыс</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="131"/>
        <source>Гражданство</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="132"/>
        <source>Въезд/выезд</source>
        <translation>Келу/кету</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="133"/>
        <source>Фото и дактилокарта</source>
        <translation>Фото және дактилокарта</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/family_tab.py" line="63"/>
        <location filename="../migdesk/ui/person_form.py" line="134"/>
        <source>Семья</source>
        <translation>Отбасы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="135"/>
        <source>История</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="140"/>
        <source>Сохранить</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="143"/>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="151"/>
        <source>Сведения о лице (PDF)…</source>
        <translation>Тұлға туралы мәліметтер (PDF)…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="249"/>
        <source>Загрузка карточки…</source>
        <translation>Карточка жүктелуде…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="251"/>
        <source>Загрузка карточки… — MigDesk</source>
        <translation>Карточка жүктелуде… — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="293"/>
        <source>Новое лицо — MigDesk</source>
        <translation>Жаңа тұлға — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="296"/>
        <source>без имени</source>
        <translation>аты жоқ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="297"/>
        <source>{name} — MigDesk</source>
        <translation>{name} — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_card_save.py" line="270"/>
        <source>Запись сохранена.</source>
        <translation>Жазба сақталды.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_card_save.py" line="273"/>
        <source>Предупреждения:</source>
        <translation>Ескертулер:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_card_save.py" line="277"/>
        <source>Возможные дубликаты:</source>
        <translation>Ықтимал телнұсқалар:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_card_save.py" line="279"/>
        <source>Сохранено с предупреждениями</source>
        <translation>Ескертулермен сақталды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_card_save.py" line="364"/>
        <source>Запись не сохранена: исправьте отмеченные поля.</source>
        <translation>Жазба сақталмады: белгіленген өрістерді түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_card_fill.py" line="70"/>
        <source>Восстановлены изменения, не сохранённые до автоматической блокировки ({moment}). Проверьте их и сохраните или закройте карточку без сохранения.</source>
        <translation>Автоматты бұғаттауға дейін сақталмаған өзгерістер қалпына келтірілді ({moment}). Оларды тексеріп, сақтаңыз немесе карточканы сақтамай жабыңыз.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="59"/>
        <source>Выбор лиц из реестра</source>
        <translation>Тізілімнен тұлғаларды таңдау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="63"/>
        <source>Фамилия, имя, номер документа или дата рождения</source>
        <translation>Тегі, аты, құжат нөмірі немесе туған күні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="66"/>
        <source>Найти</source>
        <translation>Табу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="72"/>
        <source>Добавить выбранных</source>
        <translation>Таңдалғандарды қосу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="75"/>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="89"/>
        <source>Показываются первые {limit} совпадений.</source>
        <translation>Алғашқы {limit} сәйкестік көрсетілген.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="107"/>
        <source>Найдено: {count}</source>
        <translation>Табылды: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_picker.py" line="107"/>
        <source>Никого.</source>
        <translation>Ешкім жоқ.</translation>
    </message>
</context>
<context>
    <name>PersonsPanel</name>
    <message>
        <location filename="../migdesk/ui/requests/request_persons.py" line="37"/>
        <source>Лица и категории сведений (ст.&#xa0;5)</source>
        <translation>Тұлғалар және мәліметтер санаттары (5-бап)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_persons.py" line="44"/>
        <source>Добавить из реестра…</source>
        <translation>Тізілімнен қосу…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_persons.py" line="46"/>
        <source>Убрать</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_persons.py" line="57"/>
        <source>Лица</source>
        <translation>Тұлғалар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_persons.py" line="70"/>
        <source>Запрашиваемые сведения</source>
        <translation>Сұралатын мәліметтер</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../migdesk/ui/documents/printing.py" line="50"/>
        <source>Документ не удалось подготовить к печати.</source>
        <translation>Құжатты басып шығаруға дайындау мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/printing.py" line="72"/>
        <source>Не удалось начать печать: принтер недоступен.</source>
        <translation>Басып шығаруды бастау мүмкін болмады: принтер қолжетімсіз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/documents/printing.py" line="78"/>
        <source>Принтер прервал печать.</source>
        <translation>Принтер басып шығаруды үзді.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="162"/>
        <source>Данные для писем: {name}</source>
        <translation>Хаттарға арналған деректер: {name}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="169"/>
        <source>Сохранить</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="172"/>
        <source>Фамилия, имя, отчество</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="173"/>
        <source>Должность</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="174"/>
        <source>Телефон</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="179"/>
        <source>Печатается в отметке об исполнителе, в реестре передачи и в акте об уничтожении. Без ФИО отметка об исполнителе не печатается.</source>
        <translation>Орындаушы туралы белгіде, беру тізілімінде және жою туралы актіде басылады. Аты-жөні болмаса, орындаушы туралы белгі басылмайды.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/letter_settings.py" line="186"/>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
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
        <translation>{day} ж. № {number}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="79"/>
        <source>Письмо: подписано, сохранено {when}; открыть — двойной щелчок</source>
        <translation>Хат: қол қойылған, {when} сақталған; ашу — екі рет шерту</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="98"/>
        <source>Действия (ст.&#xa0;10)</source>
        <translation>Әрекеттер (10-бап)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="105"/>
        <source>Ход исполнения</source>
        <translation>Орындалу барысы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="109"/>
        <source>Дата</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="110"/>
        <source>Шаг</source>
        <translation>Қадам</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="111"/>
        <source>Кто</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="112"/>
        <source>Номер письма</source>
        <translation>Хат нөмірі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="113"/>
        <source>Текст</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="150"/>
        <source>«{action}» сейчас недоступно: состояние «{state}».</source>
        <translation>«{action}» қазір қолжетімсіз: күйі — «{state}».</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="157"/>
        <source>Шаги появятся после сохранения.</source>
        <translation>Қадамдар сақтағаннан кейін пайда болады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="182"/>
        <source>Для этого сообщения шагов исполнения нет.</source>
        <translation>Бұл хабар үшін орындау қадамдары жоқ.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="206"/>
        <source>Сначала сохраните проект.</source>
        <translation>Алдымен жобаны сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="246"/>
        <source>Подписал: {who}, {day}</source>
        <translation>Қол қойған: {who}, {day}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="251"/>
        <source>Направлен: {day}</source>
        <translation>Жіберілді: {day}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_progress.py" line="253"/>
        <source>Завершён: {day}</source>
        <translation>Аяқталды: {day}</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="36"/>
        <source>Предложить уничтожение</source>
        <translation>Жоюды ұсыну</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="42"/>
        <source>Уничтожение утверждает другой пользователь — руководитель (правило «четырёх глаз»). Основание войдёт в акт об уничтожении; акт составляется на русском языке.</source>
        <translation>Жоюды басқа пайдаланушы — басшы бекітеді («төрт көз» ережесі). Негіздеме жою туралы актіге енгізіледі; акт орыс тілінде жасалады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="50"/>
        <source>Срок хранения истекает {date}: уничтожение досрочное. Укажите его основание, например просьбу предоставившей стороны или решение руководителя.</source>
        <translation>Сақтау мерзімі {date} аяқталады: жою мерзімінен бұрын. Оның негіздемесін көрсетіңіз, мысалы, мәліметтерді ұсынған тараптың өтінішін немесе басшының шешімін.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="66"/>
        <source>Запись:</source>
        <translation>Жазба:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="68"/>
        <source>Хранить до:</source>
        <translation>Сақтау соңы:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="69"/>
        <source>Основание:</source>
        <translation>Негіздеме:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="71"/>
        <source>Предложить</source>
        <translation>Ұсыну</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="73"/>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="96"/>
        <source>Укажите основание: оно войдёт в акт об уничтожении.</source>
        <translation>Негіздемені көрсетіңіз: ол жою туралы актіге енгізіледі.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/propose_dialog.py" line="99"/>
        <source>Срок хранения ещё не истёк: «истечение срока хранения» не может быть основанием.</source>
        <translation>Сақтау мерзімі әлі өткен жоқ: «сақтау мерзімінің өтуі» негіздеме бола алмайды.</translation>
    </message>
</context>
<context>
    <name>ProvenanceBanner</name>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="55"/>
        <source>надёжный</source>
        <translation>сенімді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="56"/>
        <source>как правило надёжный</source>
        <translation>әдетте сенімді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="57"/>
        <source>недостаточно надёжный</source>
        <translation>жеткіліксіз сенімді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="58"/>
        <source>ненадёжный</source>
        <translation>сенімсіз</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="59"/>
        <location filename="../migdesk/ui/provenance_banner.py" line="66"/>
        <source>не оценена</source>
        <translation>бағаланбаған</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="62"/>
        <source>подтверждены</source>
        <translation>расталған</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="63"/>
        <source>вероятно достоверны</source>
        <translation>бәлкім, дұрыс</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="64"/>
        <source>возможно достоверны</source>
        <translation>мүмкін, дұрыс</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="65"/>
        <source>сомнительны</source>
        <translation>күмәнді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="78"/>
        <source>Источник: {authority}</source>
        <translation>Дереккөз: {authority}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="84"/>
        <source>пакет № {number} от {date}</source>
        <translation>{date} № {number} пакет</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="88"/>
        <source>пакет № {number}</source>
        <translation>№ {number} пакет</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="92"/>
        <source>запрос № {number} от {date}</source>
        <translation>{date} № {number} сұрау салу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="106"/>
        <source>цель: {purpose}</source>
        <translation>мақсаты: {purpose}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="107"/>
        <source>передача третьим лицам только с письменного согласия предоставившей стороны (ст.&#xa0;11.3)</source>
        <translation>үшінші тұлғаларға тек ұсынған тараптың жазбаша келісімімен беріледі (11.3-бап)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="113"/>
        <source>предоставившая сторона не ограничила передачу третьим лицам</source>
        <translation>ұсынған тарап үшінші тұлғаларға беруді шектемеген</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="119"/>
        <source>хранить до {date} (ст.&#xa0;11.5)</source>
        <translation>{date} дейін сақтау (11.5-бап)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="127"/>
        <source>надёжность источника {grade} — {label}</source>
        <translation>дереккөздің сенімділігі {grade} — {label}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="134"/>
        <source>достоверность сведений {grade} — {label}</source>
        <translation>мәліметтердің дұрыстығы {grade} — {label}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="160"/>
        <source>Происхождение и ограничения обработки</source>
        <translation>Шығу тегі және өңдеу шектеулері</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="161"/>
        <source>Запросить согласие…</source>
        <translation>Келісім сұрау…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/provenance_banner.py" line="164"/>
        <source>Согласие предоставившей стороны на передачу или иное использование (ст.&#xa0;11)</source>
        <translation>Мәліметтерді ұсынған тараптың беруге немесе өзгеше пайдалануға келісімі (11-бап)</translation>
    </message>
</context>
<context>
    <name>ReceivedPanel</name>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="142"/>
        <source>Орган другой Стороны</source>
        <translation>Басқа Тараптың органы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="143"/>
        <source>Год</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="144"/>
        <source>По состоянию на</source>
        <translation>Жағдай бойынша</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="145"/>
        <source>Получено</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="146"/>
        <source>Лиц всего</source>
        <translation>Барлық тұлғалар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="153"/>
        <source>Месяц</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="154"/>
        <source>Орган</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="155"/>
        <source>Направлено</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="156"/>
        <source>Поступило</source>
        <translation>Келіп түсті</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="157"/>
        <source>Исполнено</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="158"/>
        <source>Отказано</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="159"/>
        <source>Частично</source>
        <translation>Ішінара</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="160"/>
        <source>Ответов
получено</source>
        <translation>Алынған
жауаптар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="161"/>
        <source>Отказов
получено</source>
        <translation>Алынған
бас тартулар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="162"/>
        <source>С нарушением
срока</source>
        <translation>Мерзімі
бұзылған</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="185"/>
        <source>Загрузка…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="205"/>
        <source>Получено сведений: {count}</source>
        <translation>Алынған мәліметтер: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="207"/>
        <source>Статистических сведений от другой Стороны не поступало.</source>
        <translation>Басқа Тараптан статистикалық мәліметтер түскен жоқ.</translation>
    </message>
</context>
<context>
    <name>RegisterPrinter</name>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="40"/>
        <source>Реестр передачи пакетов</source>
        <translation>Пакеттерді беру тізілімі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="41"/>
        <source>Документы PDF (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="42"/>
        <source>Реестр передачи пакетов {date}.pdf</source>
        <translation>Пакеттерді беру тізілімі {date}.pdf</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="58"/>
        <source>Составление реестра передачи…</source>
        <translation>Беру тізілімі жасалуда…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="69"/>
        <source>Реестр составлен</source>
        <translation>Тізілім жасалды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/register_action.py" line="70"/>
        <source>Реестр передачи сохранён: {path}
Пакетов в реестре: {count}.</source>
        <translation>Беру тізілімі сақталды: {path}
Тізілімдегі пакеттер: {count}.</translation>
    </message>
</context>
<context>
    <name>RegistriesWindow</name>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="30"/>
        <source>Справочники — MigDesk</source>
        <translation>Анықтамалықтар — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="45"/>
        <source>Компетентные органы (ст.&#xa0;2)</source>
        <translation>Құзыретті органдар (2-бап)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="46"/>
        <source>Соглашение (ст.&#xa0;17)</source>
        <translation>Келісім (17-бап)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="47"/>
        <source>Подписанты и бланки (п.&#xa0;3, 4 ст.&#xa0;9)</source>
        <translation>Қол қоюшылар мен бланкілер (9-баптың 3, 4-тармақтары)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="48"/>
        <source>Журналы регистрации</source>
        <translation>Тіркеу журналдары</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/registries_window.py" line="51"/>
        <source>Изменять справочники могут администратор и руководитель; остальным — просмотр.</source>
        <translation>Анықтамалықтарды әкімші мен басшы өзгерте алады; қалғандары — тек қарайды.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="36"/>
        <source>Фамилия</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="37"/>
        <source>Имя</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="38"/>
        <source>Отчество</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="39"/>
        <source>Латиницей</source>
        <translation>Латынша</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="40"/>
        <source>Пол</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="41"/>
        <source>Дата рождения</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="42"/>
        <source>Гражданство</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="43"/>
        <source>Документ</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="44"/>
        <source>Получено от</source>
        <translation>Кімнен алынған</translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <location filename="../migdesk/ui/requests/registry_form.py" line="197"/>
        <source>Только администратор или руководитель</source>
        <translation>Тек әкімші немесе басшы</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../migdesk/ui/registry.py" line="63"/>
        <source>Поиск: фамилия, имя (кириллицей или латиницей), номер документа, дата рождения</source>
        <translation>Іздеу: тегі, аты (кириллица немесе латын әріптерімен), құжат нөмірі, туған күні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="69"/>
        <source>Любое гражданство</source>
        <translation>Кез келген азаматтық</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="73"/>
        <source>Любой пол</source>
        <translation>Кез келген жыныс</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="88"/>
        <source>Остановить</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="91"/>
        <source>Новое лицо</source>
        <translation>Жаңа тұлға</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="93"/>
        <source>Открыть</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="225"/>
        <source>Поиск остановлен.</source>
        <translation>Іздеу тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="244"/>
        <source>Найдено: {count}</source>
        <translation>Табылды: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="246"/>
        <source>Ничего не найдено.</source>
        <translation>Ештеңе табылмады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="249"/>
        <source>Реестр пуст. Добавьте лицо кнопкой «Новое лицо» или демо-данные (меню «Файл»).</source>
        <translation>Тізілім бос. Тұлғаны «Жаңа тұлға» батырмасымен немесе демо-деректерді («Файл» мәзірі) қосыңыз.</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="64"/>
        <source>Отчёт PDF…</source>
        <translation>PDF есеп…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="70"/>
        <source>Отчёт за месяцы с</source>
        <translation>Айлар бойынша есеп</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="72"/>
        <source>по</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="81"/>
        <source>Сохранить отчёт о статистике</source>
        <translation>Статистика есебін сақтау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="82"/>
        <source>Документы PDF (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="83"/>
        <source>Статистика {start} — {end}.pdf</source>
        <translation>Статистика {start} — {end}.pdf</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="99"/>
        <source>Отчёт составляется…</source>
        <translation>Есеп жасалуда…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="104"/>
        <source>Составление отчёта о статистике…</source>
        <translation>Статистика есебі жасалуда…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_extras.py" line="122"/>
        <source>Отчёт сохранён: {name}</source>
        <translation>Есеп сақталды: {name}</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="14"/>
        <source>Зарегистрирован</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="15"/>
        <source>Взять в работу</source>
        <translation>Жұмысқа алу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="16"/>
        <source>Запросить дополнительные сведения…</source>
        <translation>Қосымша мәліметтер сұрату…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="17"/>
        <source>Дополнительные сведения получены</source>
        <translation>Қосымша мәліметтер алынды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="18"/>
        <source>Уведомить о препятствиях или задержке…</source>
        <translation>Кедергілер немесе кідіріс туралы хабарлау…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="19"/>
        <source>Отложить или поставить условия…</source>
        <translation>Кейінге қалдыру немесе шарттар қою…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="20"/>
        <source>Возобновить исполнение</source>
        <translation>Орындауды қайта бастау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="21"/>
        <source>Ответить…</source>
        <translation>Жауап беру…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="22"/>
        <source>Отказать в исполнении…</source>
        <translation>Орындаудан бас тарту…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="23"/>
        <source>Исполнить частично…</source>
        <translation>Ішінара орындау…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="24"/>
        <source>Отозван другой Стороной</source>
        <translation>Екінші Тарап қайтарып алды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="25"/>
        <source>Уведомить: без нарушения конфиденциальности не исполнить…</source>
        <translation>Хабарлау: құпиялылықты бұзбай орындау мүмкін емес…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="28"/>
        <source>Другая Сторона согласна на исполнение без конфиденциальности…</source>
        <translation>Екінші Тарап құпиялылықсыз орындауға келіседі…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="31"/>
        <source>Другая Сторона отозвала запрос (конфиденциальность)…</source>
        <translation>Екінші Тарап сұрау салуды қайтарып алды (құпиялылық)…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="37"/>
        <source>Создан проект</source>
        <translation>Жоба жасалды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="38"/>
        <source>Подписать…</source>
        <translation>Қол қою…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="39"/>
        <source>Направить</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="40"/>
        <source>Аннулировать проект</source>
        <translation>Жобаның күшін жою</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="41"/>
        <source>Другая Сторона просит дополнительные сведения…</source>
        <translation>Екінші Тарап қосымша мәлімет сұрайды…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="42"/>
        <source>Дополнительные сведения направлены</source>
        <translation>Қосымша мәліметтер жіберілді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="43"/>
        <source>Получено уведомление о препятствиях…</source>
        <translation>Кедергілер туралы хабарлама алынды…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="44"/>
        <source>Получено уведомление об отсрочке…</source>
        <translation>Кейінге қалдыру туралы хабарлама алынды…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="45"/>
        <source>Исполнение возобновлено</source>
        <translation>Орындау қайта басталды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="46"/>
        <source>Получен ответ…</source>
        <translation>Жауап алынды…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="47"/>
        <source>Получен отказ…</source>
        <translation>Бас тарту алынды…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="48"/>
        <source>Получен частичный отказ…</source>
        <translation>Ішінара бас тарту алынды…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="49"/>
        <source>Отозвать запрос</source>
        <translation>Сұрау салуды қайтарып алу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="50"/>
        <source>Получено уведомление: конфиденциальность не соблюсти…</source>
        <translation>Хабарлама алынды: құпиялылық сақталмайды…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="53"/>
        <source>Согласиться на исполнение без конфиденциальности…</source>
        <translation>Құпиялылықсыз орындауға келісу…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="56"/>
        <source>Отозвать запрос: конфиденциальность не соблюсти…</source>
        <translation>Сұрау салуды қайтарып алу: құпиялылық сақталмайды…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="55"/>
        <source>Запрос согласия предоставившей стороны — MigDesk</source>
        <translation>Мәліметтерді ұсынған тараптан келісім сұрау — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="62"/>
        <source>Передать другому органу (ст.&#xa0;11.3)</source>
        <translation>Басқа органға беру (11.3-бап)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="63"/>
        <source>Использовать для другой цели (ст.&#xa0;11.2)</source>
        <translation>Басқа мақсатта пайдалану (11.2-бап)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="79"/>
        <source>код органа, например KZ-MTSZN</source>
        <translation>орган коды, мысалы KZ-MTSZN</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="93"/>
        <source>Для чего нужна передача или иное использование сведений</source>
        <translation>Мәліметтерді беру немесе өзгеше пайдалану не үшін қажет</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="98"/>
        <source>Запись:</source>
        <translation>Жазба:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="100"/>
        <source>Получена от:</source>
        <translation>Кімнен алынды:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="101"/>
        <source>Получена для цели:</source>
        <translation>Қандай мақсатпен алынды:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="102"/>
        <source>Запрашиваем:</source>
        <translation>Сұраймыз:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="103"/>
        <source>Цель запроса:</source>
        <translation>Сұрау салудың мақсаты:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="105"/>
        <source>Записать запрос</source>
        <translation>Сұрау салуды тіркеу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="114"/>
        <source>Укажите орган, которому нужно передать сведения.</source>
        <translation>Мәліметтерді беру қажет органды көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/consents/request_dialog.py" line="125"/>
        <source>Запрос согласия записан. Он уйдёт со следующим пакетом в {authority} («Обмен» → «Выгрузить пакет…»).</source>
        <translation>Келісім сұрауы тіркелді. Ол {authority} органына келесі пакетпен жіберіледі («Алмасу» → «Пакетті шығару…»).</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../migdesk/ui/kit.py" line="124"/>
        <source>{size} КБ</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="119"/>
        <source>Запрос</source>
        <translation>Сұрау салу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="120"/>
        <source>Информация без запроса</source>
        <translation>Сұрау салусыз ақпарат</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="121"/>
        <source>Запрос о подтверждении</source>
        <translation>Растау туралы сұрау салу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="128"/>
        <source>входящий</source>
        <translation>кіріс</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="129"/>
        <source>исходящий</source>
        <translation>шығыс</translation>
    </message>
</context>
<context>
    <name>RequestListView</name>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="63"/>
        <source>Входящие и исходящие</source>
        <translation>Кіріс және шығыс</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="64"/>
        <source>Входящие</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="65"/>
        <source>Исходящие</source>
        <translation>Шығыс</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="67"/>
        <source>Любое состояние</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="72"/>
        <source>Любой компетентный орган</source>
        <translation>Кез келген құзыретті орган</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="73"/>
        <source>Только просроченные</source>
        <translation>Тек мерзімі өткендер</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="75"/>
        <source>Состояние запросов на конец этого дня</source>
        <translation>Осы күннің соңындағы сұрау салулардың күйі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="86"/>
        <source>на дату</source>
        <translation>күнге</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="90"/>
        <source>Новый запрос</source>
        <translation>Жаңа сұрау салу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="92"/>
        <source>Зарегистрировать входящий…</source>
        <translation>Кірісті тіркеу…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="94"/>
        <source>Информация без запроса (ст.&#xa0;8)</source>
        <translation>Сұрау салусыз ақпарат (8-бап)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="98"/>
        <source>Открыть</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="102"/>
        <source>Подписать и напечатать…</source>
        <translation>Қол қою және басып шығару…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="103"/>
        <source>Выберите запросы (Ctrl или Shift + щелчок)</source>
        <translation>Сұрау салуларды таңдаңыз (Ctrl немесе Shift + шерту)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="120"/>
        <source>Номер</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="121"/>
        <source>Вид</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="122"/>
        <source>Направление</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="123"/>
        <source>Другая Сторона</source>
        <translation>Екінші Тарап</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="124"/>
        <source>Состояние</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="125"/>
        <source>Поступил / направлен</source>
        <translation>Келіп түсті / жіберілді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="126"/>
        <source>Срок</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="127"/>
        <source>Существо</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="203"/>
        <source>Показано: {count}</source>
        <translation>Көрсетілген: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_list.py" line="205"/>
        <source>Запросов нет.</source>
        <translation>Сұрау салулар жоқ.</translation>
    </message>
</context>
<context>
    <name>RequestScreens</name>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="67"/>
        <source>Сроки исполнения</source>
        <translation>Орындау мерзімдері</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="69"/>
        <source>Реестр лиц</source>
        <translation>Тұлғалар тізілімі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="70"/>
        <source>Запросы</source>
        <translation>Сұрау салулар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="81"/>
        <source>С&amp;правочники</source>
        <translation>А&amp;нықтамалықтар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="83"/>
        <source>Компетентные органы, Соглашение, подписанты, журналы…</source>
        <translation>Құзыретті органдар, Келісім, қол қоюшылар, журналдар…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="88"/>
        <source>Тематическая информация (ст.&#xa0;4)…</source>
        <translation>Тақырыптық ақпарат (4-бап)…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="93"/>
        <source>С&amp;татистика</source>
        <translation>&amp;Статистика</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="94"/>
        <source>Статистика запросов (ст.&#xa0;3)…</source>
        <translation>Сұрау салулар статистикасы (3-бап)…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="215"/>
        <source>Открыты тематические сведения, не сохранённые до блокировки или сбоя: {count}.</source>
        <translation>Бұғаттауға немесе ақауға дейін сақталмаған тақырыптық мәліметтер ашылды: {count}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/screens.py" line="223"/>
        <source>Открыты запросы с текстом, не сохранённым до блокировки: {count}.</source>
        <translation>Бұғаттауға дейін сақталмаған мәтіні бар сұрау салулар ашылды: {count}.</translation>
    </message>
</context>
<context>
    <name>RequestSteps</name>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="68"/>
        <source>Зарегистрирован</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="69"/>
        <source>Взят в работу</source>
        <translation>Жұмысқа алынды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="70"/>
        <source>Запрошены дополнительные сведения</source>
        <translation>Қосымша мәліметтер сұратылды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="71"/>
        <source>Дополнительные сведения получены</source>
        <translation>Қосымша мәліметтер алынды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="72"/>
        <source>Направлено уведомление о препятствиях</source>
        <translation>Кедергілер туралы хабарлама жіберілді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="73"/>
        <source>Исполнение отложено или поставлены условия</source>
        <translation>Орындау кейінге қалдырылды немесе шарттар қойылды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="74"/>
        <location filename="../migdesk/ui/request_labels.py" line="99"/>
        <source>Исполнение возобновлено</source>
        <translation>Орындау қайта басталды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="75"/>
        <source>Направлен ответ</source>
        <translation>Жауап жіберілді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="76"/>
        <source>Отказано в исполнении</source>
        <translation>Орындаудан бас тартылды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="77"/>
        <source>Исполнен частично</source>
        <translation>Ішінара орындалды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="78"/>
        <source>Отозван другой Стороной</source>
        <translation>Екінші Тарап қайтарып алды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="79"/>
        <source>Сообщено: без нарушения конфиденциальности не исполнить</source>
        <translation>Хабарланды: құпиялылықты бұзбай орындау мүмкін емес</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="82"/>
        <source>Другая Сторона согласна на исполнение без конфиденциальности</source>
        <translation>Екінші Тарап құпиялылықсыз орындауға келіседі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="85"/>
        <source>Другая Сторона отозвала запрос (конфиденциальность)</source>
        <translation>Екінші Тарап сұрау салуды қайтарып алды (құпиялылық)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="91"/>
        <source>Создан проект</source>
        <translation>Жоба жасалды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="92"/>
        <source>Подписан</source>
        <translation>Қол қойылды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="93"/>
        <source>Направлен</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="94"/>
        <source>Проект аннулирован</source>
        <translation>Жобаның күші жойылды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="95"/>
        <source>Другая Сторона просит дополнительные сведения</source>
        <translation>Екінші Тарап қосымша мәлімет сұрайды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="96"/>
        <source>Дополнительные сведения направлены</source>
        <translation>Қосымша мәліметтер жіберілді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="97"/>
        <source>Получено уведомление о препятствиях</source>
        <translation>Кедергілер туралы хабарлама алынды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="98"/>
        <source>Получено уведомление об отсрочке</source>
        <translation>Кейінге қалдыру туралы хабарлама алынды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="100"/>
        <source>Получен ответ</source>
        <translation>Жауап алынды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="101"/>
        <source>Получен отказ</source>
        <translation>Бас тарту алынды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="102"/>
        <source>Получен частичный отказ</source>
        <translation>Ішінара бас тарту алынды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="103"/>
        <source>Запрос отозван</source>
        <translation>Сұрау салу қайтарып алынды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="104"/>
        <source>Получено уведомление: конфиденциальность не соблюсти</source>
        <translation>Хабарлама алынды: құпиялылық сақталмайды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="107"/>
        <source>Дано согласие на исполнение без конфиденциальности</source>
        <translation>Құпиялылықсыз орындауға келісім берілді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/request_labels.py" line="110"/>
        <source>Запрос отозван: конфиденциальность не соблюсти</source>
        <translation>Сұрау салу қайтарып алынды: құпиялылық сақталмайды</translation>
    </message>
</context>
<context>
    <name>RequestWindow</name>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="149"/>
        <source>Запросить подтверждение подлинности (п.&#xa0;5 ст.&#xa0;9)…</source>
        <translation>Түпнұсқалықты растауды сұрату (9-баптың 5-тармағы)…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="153"/>
        <source>Документ…</source>
        <translation>Құжат…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="157"/>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="239"/>
        <source>Загрузка запроса…</source>
        <translation>Сұрау салу жүктелуде…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="272"/>
        <source>Зарегистрировать</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="274"/>
        <source>Сохранить проект</source>
        <translation>Жобаны сақтау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="277"/>
        <source>Сохранить изменения</source>
        <translation>Өзгерістерді сақтау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="287"/>
        <source>Регистрация входящего: {kind}</source>
        <translation>Кірісті тіркеу: {kind}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="289"/>
        <source>Новый исходящий: {kind}</source>
        <translation>Жаңа шығыс: {kind}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="337"/>
        <source>Писем нашей стороны по этому сообщению пока нет.</source>
        <translation>Бұл хабар бойынша біздің тараптың хаты әзірге жоқ.</translation>
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
        <translation>Күйі: {state}. {source} → {target}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="313"/>
        <source>Срок истёк {due}: просрочено на {days} дн.</source>
        <translation>Мерзімі {due} өтті: {days} күнге кешіктірілді.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_window.py" line="318"/>
        <source>Срок {due}: осталось {days} дн.</source>
        <translation>Мерзімі {due}: {days} күн қалды.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_save.py" line="152"/>
        <source>Не сохранено: исправьте отмеченные поля.</source>
        <translation>Сақталмады: белгіленген өрістерді түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/request_unsaved.py" line="125"/>
        <source>Восстановлен текст, не сохранённый до автоматической блокировки ({moment}). Проверьте его и сохраните или закройте окно без сохранения.</source>
        <translation>Автоматты бұғаттауға дейін сақталмаған мәтін қалпына келтірілді ({moment}). Оны тексеріп, сақтаңыз немесе терезені сақтамай жабыңыз.</translation>
    </message>
</context>
<context>
    <name>RetentionLabels</name>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="12"/>
        <source>сведения о лице</source>
        <translation>тұлға туралы мәліметтер</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="13"/>
        <source>запрос с перепиской</source>
        <translation>хат алмасуымен сұрау салу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="14"/>
        <source>вложение запроса</source>
        <translation>сұрау салудың тіркемесі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="15"/>
        <source>тематическая информация</source>
        <translation>тақырыптық ақпарат</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="16"/>
        <source>согласие стороны</source>
        <translation>тараптың келісімі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="24"/>
        <location filename="../migdesk/ui/retention_labels.py" line="25"/>
        <source>лет с даты завершения запроса — {years}</source>
        <translation>сұрау салу аяқталған күннен бастап жыл — {years}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="26"/>
        <source>лет с даты решения — {years}</source>
        <translation>шешім қабылданған күннен бастап жыл — {years}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_labels.py" line="27"/>
        <source>лет с даты ввода — {years}</source>
        <translation>енгізілген күннен бастап жыл — {years}</translation>
    </message>
</context>
<context>
    <name>RetentionWindow</name>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="69"/>
        <source>Сроки хранения — MigDesk</source>
        <translation>Сақтау мерзімдері — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_years.py" line="35"/>
        <source>по умолчанию</source>
        <translation>әдепкі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_years.py" line="39"/>
        <source>Сохранить</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_years.py" line="44"/>
        <source>Срок хранения, лет:</source>
        <translation>Сақтау мерзімі, жыл:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_years.py" line="50"/>
        <source>(изменяет администратор)</source>
        <translation>(әкімші өзгертеді)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="81"/>
        <source>К уничтожению</source>
        <translation>Жоюға жататындар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="87"/>
        <source>Акты уничтожения</source>
        <translation>Жою актілері</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="92"/>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="107"/>
        <source>Список доступен сотрудникам и руководителям (роль officer, supervisor).</source>
        <translation>Тізім қызметкерлер мен басшыларға қолжетімді (officer, supervisor рөлдері).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="120"/>
        <source>Обновить</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="123"/>
        <source>Срок хранения истёк на дату:</source>
        <translation>Сақтау мерзімі өткен күн:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="130"/>
        <source>Вид записи</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="131"/>
        <source>Идентификатор</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="132"/>
        <source>Хранить до</source>
        <translation>Сақтау соңы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="133"/>
        <source>Срок</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="141"/>
        <source>Уничтожить…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="146"/>
        <source>Уничтожение утверждает руководитель (роль supervisor).</source>
        <translation>Жоюды басшы бекітеді (supervisor рөлі).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="149"/>
        <source>Предложить уничтожение</source>
        <translation>Жоюды ұсыну</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="192"/>
        <source>нужна исполняемому запросу № {numbers}</source>
        <translation>орындалып жатқан № {numbers} сұрау салуға қажет</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="196"/>
        <source>запись, к которой относится согласие, уничтожена</source>
        <translation>келісім қатысты жазба жойылған</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_years.py" line="84"/>
        <source>Срок хранения ({kind}) сохранён (лет: {years}).</source>
        <translation>Сақтау мерзімі ({kind}) сақталды (жыл: {years}).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="200"/>
        <source>установлен для записи</source>
        <translation>жазба үшін белгіленген</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="211"/>
        <source>Подлежат уничтожению: {count}</source>
        <translation>Жоюға жатады: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="213"/>
        <source>Записей с истёкшим сроком хранения нет.</source>
        <translation>Сақтау мерзімі өткен жазбалар жоқ.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_propose.py" line="37"/>
        <source>Уничтожение записи {record} предложено; его утверждает другой пользователь — руководитель (правило «четырёх глаз»).</source>
        <translation>{record} жазбасын жою ұсынылды; оны басқа пайдаланушы — басшы бекітеді («төрт көз» ережесі).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="297"/>
        <source>Уничтожение записи и очистка хранилища…</source>
        <translation>Жазба жойылып, қойма тазартылуда…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_window.py" line="310"/>
        <source>Запись {record} уничтожена; составлен акт № {number}. Акт можно сохранить повторно на вкладке «Акты уничтожения».</source>
        <translation>{record} жазбасы жойылды; № {number} акт жасалды. Актіні «Жою актілері» қойындысында қайта сақтауға болады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/retention_years.py" line="80"/>
        <source>Срок хранения по умолчанию сохранён (лет: {years}).</source>
        <translation>Әдепкі сақтау мерзімі сақталды (жыл: {years}).</translation>
    </message>
</context>
<context>
    <name>SendInBundle</name>
    <message>
        <location filename="../migdesk/ui/exchange/send_action.py" line="46"/>
        <source>Отправить в пакете…</source>
        <translation>Пакетпен жіберу…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/send_action.py" line="86"/>
        <source>Выгрузить пакет с этим запросом или письмами по нему</source>
        <translation>Осы сұрау салуы немесе ол бойынша хаттары бар пакетті шығару</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/send_action.py" line="87"/>
        <source>Нечего отправлять: запрос не подписан или всё уже отправлено</source>
        <translation>Жіберетін ештеңе жоқ: сұрау салуға қол қойылмаған немесе бәрі жіберілген</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/exchange/send_action.py" line="88"/>
        <source>Нет доверенного сертификата органа-партнёра</source>
        <translation>Серіктес органның сенімді сертификаты жоқ</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="59"/>
        <source>Подписание — запрос № {number}</source>
        <translation>Қол қою — № {number} сұрау салу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="64"/>
        <source>Запрос № {number} подписывается электронной подписью подписанта. Подпись записывает шаг «Подписан», подписанный PDF хранится с запросом; без него запрос не направляется.</source>
        <translation>№ {number} сұрау салуға қол қоюшының электрондық цифрлық қолтаңбасымен қол қойылады. Қол қою «Қол қойылды» қадамын жазады, қол қойылған PDF сұрау салумен бірге сақталады; онсыз сұрау салу жіберілмейді.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="81"/>
        <source>Подписант (п.&#xa0;3 ст.&#xa0;9)</source>
        <translation>Қол қоюшы (9-баптың 3-тармағы)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="88"/>
        <source>Подписать</source>
        <translation>Қол қою</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="89"/>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="99"/>
        <source>Запрос подписывается датой {day}.</source>
        <translation>Сұрау салуға {day} күнімен қол қойылады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="127"/>
        <source>нет подписантов, действующих на эту дату</source>
        <translation>осы күні қолданыстағы қол қоюшылар жоқ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/sign_dialog.py" line="148"/>
        <source>Подписание запроса № {n}…</source>
        <translation>№ {n} сұрау салуға қол қойылуда…</translation>
    </message>
</context>
<context>
    <name>SignatoriesTab</name>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="56"/>
        <source>Все органы</source>
        <translation>Барлық органдар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="64"/>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="92"/>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="205"/>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="268"/>
        <source>Орган</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="65"/>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="206"/>
        <source>Должность</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="66"/>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="207"/>
        <source>Фамилия, имя, отчество</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="67"/>
        <source>С</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="68"/>
        <source>По</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="69"/>
        <source>Пользователь</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="70"/>
        <source>Сертификат</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="71"/>
        <source>Сегодня</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="75"/>
        <source>Добавить подписанта…</source>
        <translation>Қол қоюшы қосу…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="77"/>
        <source>Прекратить полномочия…</source>
        <translation>Өкілеттіктерді тоқтату…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="79"/>
        <source>Образец бланка…</source>
        <translation>Бланк үлгісі…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="91"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="93"/>
        <source>Изменение</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="94"/>
        <source>Направление</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="95"/>
        <source>Состояние</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="96"/>
        <source>Дата</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="97"/>
        <source>Реквизиты</source>
        <translation>Деректемелер</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="101"/>
        <source>Отметить направленными…</source>
        <translation>Жіберілген деп белгілеу…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="104"/>
        <source>Уведомления об изменениях (п.&#xa0;4 ст.&#xa0;9)</source>
        <translation>Өзгерістер туралы хабарламалар (9-баптың 4-тармағы)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="126"/>
        <source>включён подписант</source>
        <translation>қол қоюшы енгізілді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="127"/>
        <source>прекращены полномочия</source>
        <translation>өкілеттіктері тоқтатылды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="128"/>
        <source>образец бланка</source>
        <translation>бланк үлгісі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="134"/>
        <source>ожидает отправки</source>
        <translation>жіберуді күтуде</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="135"/>
        <source>направлено</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="136"/>
        <source>получено</source>
        <translation>алынды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="156"/>
        <source>есть</source>
        <translation>бар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="157"/>
        <source>действует</source>
        <translation>қолданыста</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="157"/>
        <source>не действует</source>
        <translation>қолданыста емес</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="163"/>
        <source>наше</source>
        <translation>біздікі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="163"/>
        <source>другой Стороны</source>
        <translation>екінші Тараптың</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="185"/>
        <source>Ожидают уведомления другой Стороны: {count} (направить незамедлительно)</source>
        <translation>Екінші Тарапқа хабарлауды күтетіндер: {count} (дереу жіберу керек)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="190"/>
        <source>Все изменения уведомлены.</source>
        <translation>Барлық өзгерістер хабарланды.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="194"/>
        <source>Новый подписант</source>
        <translation>Жаңа қол қоюшы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="208"/>
        <source>Полномочия с</source>
        <translation>Өкілеттіктер басталуы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="209"/>
        <source>Полномочия по</source>
        <translation>Өкілеттіктер аяқталуы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="210"/>
        <source>Пользователь MigDesk</source>
        <translation>MigDesk пайдаланушысы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="211"/>
        <source>Образец подписи</source>
        <translation>Қолтаңба үлгісі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="212"/>
        <source>Сертификат подписи</source>
        <translation>Қол қою сертификаты</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="213"/>
        <source>Перечень другой Стороны получен</source>
        <translation>Екінші Тараптың тізбесі алынды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="216"/>
        <source>Изменение перечня своей Стороны создаёт уведомление, ожидающее отправки.</source>
        <translation>Өз Тарапымыздың тізбесін өзгерту жіберуді күтетін хабарламаны жасайды.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="243"/>
        <source>Выберите подписанта в таблице.</source>
        <translation>Кестеден қол қоюшыны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="245"/>
        <source>Прекращение полномочий</source>
        <translation>Өкілеттіктерді тоқтату</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="248"/>
        <source>Последний день полномочий</source>
        <translation>Өкілеттіктердің соңғы күні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="249"/>
        <source>Уведомление другой Стороны получено</source>
        <translation>Екінші Тараптың хабарламасы алынды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="260"/>
        <source>Образец бланка</source>
        <translation>Бланк үлгісі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="269"/>
        <source>Бланк</source>
        <translation>Бланк</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="270"/>
        <source>Действует с</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="271"/>
        <source>Действует по</source>
        <translation>Қолданылу соңы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="272"/>
        <source>Изображение</source>
        <translation>Сурет</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="273"/>
        <source>Получен от другой Стороны</source>
        <translation>Екінші Тараптан алынды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="277"/>
        <source>Не выбрано изображение бланка.</source>
        <translation>Бланк суреті таңдалмаған.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="296"/>
        <source>Уведомления направлены</source>
        <translation>Хабарламалар жіберілді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="299"/>
        <source>Отмечаются все ожидающие уведомления: {ids}</source>
        <translation>Барлық күтудегі хабарламалар белгіленеді: {ids}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="306"/>
        <source>Дата направления</source>
        <translation>Жіберілген күні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signatories_tab.py" line="307"/>
        <source>Номер ноты или письма</source>
        <translation>Нотаның немесе хаттың нөмірі</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="164"/>
        <source>Проверка подписи: {name}</source>
        <translation>Қолтаңбаны тексеру: {name}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="168"/>
        <source>Файл: {name}</source>
        <translation>Файл: {name}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="182"/>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="189"/>
        <source>Подпись {index}</source>
        <translation>{index}-қолтаңба</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="202"/>
        <source>Подписант: {signer}</source>
        <translation>Қол қоюшы: {signer}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="203"/>
        <source>Серийный номер сертификата: {serial}</source>
        <translation>Сертификаттың сериялық нөмірі: {serial}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="204"/>
        <source>Время подписания: {time}</source>
        <translation>Қол қойылған уақыты: {time}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="213"/>
        <source>Уполномочен на дату подписания (п.&#xa0;3 ст.&#xa0;9): да — {who}</source>
        <translation>Қол қойылған күні уәкілетті (9-баптың 3-тармағы): иә — {who}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="216"/>
        <source>Уполномочен на дату подписания (п.&#xa0;3 ст.&#xa0;9): нет</source>
        <translation>Қол қойылған күні уәкілетті (9-баптың 3-тармағы): жоқ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="230"/>
        <source>Проверки этого вложения</source>
        <translation>Осы тіркеменің тексерулері</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="234"/>
        <source>Проверено</source>
        <translation>Тексерілді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="235"/>
        <source>Кто</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="236"/>
        <source>Результат</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="237"/>
        <source>Уполномочен</source>
        <translation>Уәкілетті</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="238"/>
        <source>Подписант</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="253"/>
        <source>да</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="253"/>
        <source>нет</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="260"/>
        <source>Сохранённых проверок нет.</source>
        <translation>Сақталған тексерулер жоқ.</translation>
    </message>
</context>
<context>
    <name>SignatureView</name>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="90"/>
        <source>Подпись действительна</source>
        <translation>Қолтаңба жарамды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="91"/>
        <source>Подпись нарушена: документ изменён после подписания</source>
        <translation>Қолтаңба бұзылған: құжат қол қойылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="94"/>
        <source>Сертификат подписанта не доверен</source>
        <translation>Қол қоюшының сертификатына сенім жоқ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="97"/>
        <source>После подписи в документ внесены изменения</source>
        <translation>Қол қойылғаннан кейін құжатқа өзгерістер енгізілген</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="100"/>
        <source>Подписей нет</source>
        <translation>Қолтаңбалар жоқ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="108"/>
        <source>действительна</source>
        <translation>жарамды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="109"/>
        <source>нарушена</source>
        <translation>бұзылған</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="110"/>
        <source>сертификат не доверен</source>
        <translation>сертификатқа сенім жоқ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="111"/>
        <source>документ изменён после подписи</source>
        <translation>құжат қол қойылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="112"/>
        <source>отсутствует</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/signature_view.py" line="150"/>
        <source>подпись: {status} ({day})</source>
        <translation>қолтаңба: {status} ({day})</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="54"/>
        <source>Статистика запросов (ст.&#xa0;3) — MigDesk</source>
        <translation>Сұрау салулар статистикасы (3-бап) — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="59"/>
        <source>Все органы другой Стороны</source>
        <translation>Екінші Тараптың барлық органдары</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="61"/>
        <source>Выгрузить в CSV…</source>
        <translation>CSV-ге шығару…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="65"/>
        <source>На дату</source>
        <translation>Күнге</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="73"/>
        <source>Месяц</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="74"/>
        <source>Орган
другой Стороны</source>
        <translation>Екінші Тараптың
органы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="75"/>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="200"/>
        <source>Направлено</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="76"/>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="201"/>
        <source>Поступило</source>
        <translation>Келіп түсті</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="77"/>
        <source>Исполнено</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="78"/>
        <source>Отказано</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="79"/>
        <source>Частично</source>
        <translation>Ішінара</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="80"/>
        <source>Ответов
получено</source>
        <translation>Алынған
жауаптар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="81"/>
        <source>Отказов
получено</source>
        <translation>Алынған
бас тартулар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="82"/>
        <source>С нарушением
срока</source>
        <translation>Мерзімі
бұзылған</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="83"/>
        <source>Медиана
исполнения, дн.</source>
        <translation>Орындау
медианасы, күн</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="84"/>
        <source>Медиана ответа
другой Стороны, дн.</source>
        <translation>Екінші Тарап жауабының
медианасы, күн</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="95"/>
        <source>Нет данных за выбранный период.</source>
        <translation>Таңдалған кезеңге деректер жоқ.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="111"/>
        <source>Наша статистика</source>
        <translation>Біздің статистика</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="113"/>
        <source>Полученная от другой Стороны</source>
        <translation>Басқа Тараптан алынған</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="129"/>
        <source>Подсчёт…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="202"/>
        <source>Исполнено / получены ответы</source>
        <translation>Орындалды / жауаптар алынды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="203"/>
        <source>Отказы (полные и частичные)</source>
        <translation>Бас тартулар (толық және ішінара)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="213"/>
        <source>Выгрузить статистику</source>
        <translation>Статистиканы шығару</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="214"/>
        <source>Таблицы CSV (*.csv)</source>
        <translation>CSV кестелері (*.csv)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/statistics_view.py" line="236"/>
        <source>Выгружено строк: {count} — {name}</source>
        <translation>Шығарылған жолдар: {count} — {name}</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="97"/>
        <source>{step} — запрос № {number}</source>
        <translation>{step} — № {number} сұрау салу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="111"/>
        <source>Дата шага</source>
        <translation>Қадам күні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="116"/>
        <source>Отложить исполнение</source>
        <translation>Орындауды кейінге қалдыру</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="117"/>
        <source>Исполнить на условиях</source>
        <translation>Шарттармен орындау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="132"/>
        <source>Номер письма другой Стороны</source>
        <translation>Екінші Тарап хатының нөмірі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="135"/>
        <source>Приложить файл…</source>
        <translation>Файл тіркеу…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="143"/>
        <source>Вложения</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="145"/>
        <source>Записать шаг</source>
        <translation>Қадамды тіркеу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="148"/>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="173"/>
        <source>Какие сведения нужны</source>
        <translation>Қандай мәліметтер қажет</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="175"/>
        <source>Обстоятельства, препятствующие исполнению</source>
        <translation>Орындауға кедергі келтіретін мән-жайлар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="180"/>
        <source>Что не удастся сохранить в тайне и почему (п.&#xa0;1 ст.&#xa0;11)</source>
        <translation>Нені құпия сақтау мүмкін болмайды және неге (11-баптың 1-тармағы)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="183"/>
        <source>Ожидаемый срок</source>
        <translation>Күтілетін мерзім</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="194"/>
        <source>Решение (п.&#xa0;2 ст.&#xa0;10)</source>
        <translation>Шешім (10-баптың 2-тармағы)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="198"/>
        <source>Производство, которому помешает исполнение</source>
        <translation>Орындау кедергі келтіретін іс жүргізу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="201"/>
        <source>Условия исполнения</source>
        <translation>Орындау шарттары</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="202"/>
        <source>До какого срока</source>
        <translation>Қандай мерзімге дейін</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="205"/>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="231"/>
        <source>Текст уведомления</source>
        <translation>Хабарлама мәтіні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="207"/>
        <source>Результаты исполнения</source>
        <translation>Орындау нәтижелері</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="216"/>
        <source>Передаваемые записи о лицах</source>
        <translation>Берілетін тұлғалар туралы жазбалар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="219"/>
        <source>Что исполнено</source>
        <translation>Не орындалды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="220"/>
        <source>Что не исполнено</source>
        <translation>Не орындалмады</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="229"/>
        <source>Основания (п.&#xa0;4 ст.&#xa0;10)</source>
        <translation>Негіздемелер (10-баптың 4-тармағы)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="230"/>
        <source>Причины отказа</source>
        <translation>Бас тарту себептері</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="233"/>
        <source>Текст</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="235"/>
        <source>Шаг записывается с датой и вашим именем.</source>
        <translation>Қадам күнімен және сіздің атыңызбен жазылады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="238"/>
        <source>Вложение</source>
        <translation>Тіркеме</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="238"/>
        <source>Все файлы (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="247"/>
        <source>Файл не прочитан.</source>
        <translation>Файл оқылмады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="276"/>
        <source>Шаг не записан</source>
        <translation>Қадам тіркелмеді</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="277"/>
        <source>Закрыть без записи шага? Набранный текст будет потерян.</source>
        <translation>Қадамды тіркемей жабу керек пе? Терілген мәтін жоғалады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="278"/>
        <source>Закрыть без записи</source>
        <translation>Тіркемей жабу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/step_dialogs.py" line="358"/>
        <source>Шаг не записан: исправьте отмеченные поля.</source>
        <translation>Қадам тіркелмеді: белгіленген өрістерді түзетіңіз.</translation>
    </message>
</context>
<context>
    <name>SubrecordTable</name>
    <message>
        <location filename="../migdesk/ui/subrecord_table.py" line="93"/>
        <source>Добавить строку</source>
        <translation>Жол қосу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_table.py" line="95"/>
        <source>Удалить строку</source>
        <translation>Жолды жою</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_table.py" line="266"/>
        <source>Строка {row}</source>
        <translation>{row}-жол</translation>
    </message>
</context>
<context>
    <name>Subrecords</name>
    <message>
        <location filename="../migdesk/ui/delegates.py" line="81"/>
        <source>ДД.ММ.ГГГГ</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="51"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="118"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="142"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="178"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="203"/>
        <source>Государство</source>
        <translation>Мемлекет</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="52"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="183"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="204"/>
        <source>Дата решения</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="53"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="124"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="185"/>
        <source>Орган</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="54"/>
        <source>Статья (основание)</source>
        <translation>Бап (негіздеме)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="57"/>
        <source>Описание</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="62"/>
        <source>Мера</source>
        <translation>Шара</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="70"/>
        <source>Документы, удостоверяющие личность</source>
        <translation>Жеке басын куәландыратын құжаттар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="74"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="112"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="136"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="170"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="197"/>
        <source>Вид</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="80"/>
        <source>Серия</source>
        <translation>Сериясы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="81"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="143"/>
        <source>Номер</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="84"/>
        <source>Государство выдачи</source>
        <translation>Берген мемлекет</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="88"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="144"/>
        <source>Дата выдачи</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="89"/>
        <source>Кем выдан</source>
        <translation>Кім берген</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="90"/>
        <source>Действителен до</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="97"/>
        <source>Административная ответственность</source>
        <translation>Әкімшілік жауаптылық</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="102"/>
        <source>Уголовная ответственность</source>
        <translation>Қылмыстық жауаптылық</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="108"/>
        <source>Учёт по месту пребывания и по месту жительства</source>
        <translation>Уақытша болатын және тұрғылықты жері бойынша есепке алу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="120"/>
        <source>Адрес</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="122"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="145"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="205"/>
        <source>Действует с</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="123"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="146"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="206"/>
        <source>Действует до</source>
        <translation>Қолданылу соңы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="132"/>
        <source>Разрешения на проживание и право на работу</source>
        <translation>Тұруға рұқсаттар және жұмыс істеу құқығы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="147"/>
        <source>Кем выдано</source>
        <translation>Берген орган</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="149"/>
        <source>Работодатель</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="150"/>
        <source>БИН/ИНН</source>
        <translation>БСН/СТН</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="153"/>
        <source>Адрес работодателя</source>
        <translation>Жұмыс берушінің мекенжайы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="164"/>
        <source>Приём и восстановление в гражданстве, принадлежность к гражданству</source>
        <translation>Азаматтыққа қабылдау және азаматтықта қалпына келтіру, азаматтыққа тиесілілік</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="184"/>
        <source>Номер решения</source>
        <translation>Шешім нөмірі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="193"/>
        <source>Неразрешение въезда, ограничение выезда, выдворение</source>
        <translation>Келуге рұқсат бермеу, шығуды шектеу, шығарып жіберу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="209"/>
        <source>Основания</source>
        <translation>Негіздемелер</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="215"/>
        <source>Кем принято решение</source>
        <translation>Шешімді кім қабылдады</translation>
    </message>
</context>
<context>
    <name>ThematicForm</name>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="114"/>
        <source>— не указан —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="131"/>
        <source>Добавить из реестра…</source>
        <translation>Тізілімнен қосу…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="140"/>
        <source>Приложить файл…</source>
        <translation>Файл тіркеу…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="157"/>
        <source>Категория (ст.&#xa0;4)</source>
        <translation>Санаты (4-бап)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="158"/>
        <source>Заголовок</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="159"/>
        <source>Текст</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="160"/>
        <source>Дата сведений</source>
        <translation>Мәліметтер күні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="161"/>
        <source>Период</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="162"/>
        <source>Источник</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="163"/>
        <source>Связанные лица</source>
        <translation>Байланысты тұлғалар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="164"/>
        <source>Связанные запросы</source>
        <translation>Байланысты сұрау салулар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="165"/>
        <source>Вложения</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="167"/>
        <source>Сохранить</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="170"/>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="186"/>
        <source>Новые тематические сведения — MigDesk</source>
        <translation>Жаңа тақырыптық мәліметтер — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="195"/>
        <source>Загрузка сведений… — MigDesk</source>
        <translation>Мәліметтер жүктелуде… — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="238"/>
        <source>{title} — MigDesk</source>
        <translation>{title} — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="310"/>
        <source>Вложение</source>
        <translation>Тіркеме</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="310"/>
        <source>Все файлы (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_window.py" line="377"/>
        <source>Не сохранено: исправьте отмеченные поля.</source>
        <translation>Сақталмады: белгіленген өрістерді түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_draft.py" line="82"/>
        <source>Восстановлены сведения, не сохранённые до блокировки или сбоя программы ({moment}). Проверьте их и сохраните или закройте форму без сохранения.</source>
        <translation>Бұғаттауға немесе бағдарлама ақауына дейін сақталмаған мәліметтер қалпына келтірілді ({moment}). Оларды тексеріп, сақтаңыз немесе форманы сақтамай жабыңыз.</translation>
    </message>
</context>
<context>
    <name>ThematicOrigin</name>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="24"/>
        <source>Получено от {provider}</source>
        <translation>{provider} органынан алынды</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="27"/>
        <source>в пакете № {number}</source>
        <translation>№ {number} пакетте</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="32"/>
        <source>от {day}</source>
        <translation>{day} күнгі</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="36"/>
        <source>Цель использования: {purpose}</source>
        <translation>Пайдалану мақсаты: {purpose}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="42"/>
        <source>передача третьей стороне — только с согласия (п.&#xa0;3 ст.&#xa0;11)</source>
        <translation>үшінші тарапқа беру — тек келісіммен (11-баптың 3-тармағы)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="49"/>
        <source>хранить до {day}</source>
        <translation>{day} дейін сақтау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="59"/>
        <source>Запрос № {number}</source>
        <translation>№ {number} сұрау салу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="61"/>
        <source>Запрос уничтожен (акт № {act})</source>
        <translation>Сұрау салу жойылды (№ {act} акт)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_origin.py" line="64"/>
        <source>Запрос {id} (нет в хранилище)</source>
        <translation>{id} сұрау салу (қоймада жоқ)</translation>
    </message>
</context>
<context>
    <name>ThematicWindow</name>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="42"/>
        <source>Тематическая информация (ст.&#xa0;4) — MigDesk</source>
        <translation>Тақырыптық ақпарат (4-бап) — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="45"/>
        <source>Все категории</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="50"/>
        <source>Новые сведения…</source>
        <translation>Жаңа мәліметтер…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="53"/>
        <source>Открыть</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="63"/>
        <source>Дата</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="64"/>
        <source>Категория</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="65"/>
        <source>Заголовок</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="66"/>
        <source>Лиц</source>
        <translation>Тұлғалар</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="67"/>
        <source>Вложений</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="68"/>
        <source>Внёс</source>
        <translation>Енгізген</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="104"/>
        <source>Записей: {count}</source>
        <translation>Жазбалар: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/requests/thematic_list.py" line="118"/>
        <source>получено от {provider}</source>
        <translation>{provider} органынан алынды</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="60"/>
        <source>MigDesk — вход</source>
        <translation>MigDesk — кіру</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="63"/>
        <source>MigDesk</source>
        <translation>MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="69"/>
        <source>Рабочее место сотрудника миграционной службы (Казахстан — Армения)</source>
        <translation>Көші-қон қызметі қызметкерінің жұмыс орны (Қазақстан — Армения)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="39"/>
        <source>Обзор…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="47"/>
        <source>Файл не найден — можно создать новое хранилище.</source>
        <translation>Файл табылмады — жаңа қойма жасауға болады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="50"/>
        <source>Создать новое хранилище…</source>
        <translation>Жаңа қойма жасау…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="63"/>
        <source>Хранилище:</source>
        <translation>Қойма:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="65"/>
        <source>Пользователь:</source>
        <translation>Пайдаланушы:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="62"/>
        <location filename="../migdesk/ui/unlock_open.py" line="66"/>
        <source>Пароль:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="69"/>
        <source>Запомнить на этом компьютере</source>
        <translation>Осы компьютерде есте сақтау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="245"/>
        <location filename="../migdesk/ui/unlock_open.py" line="83"/>
        <source>Проверка пароля…</source>
        <translation>Құпиясөз тексерілуде…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="85"/>
        <source>Открыть</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="87"/>
        <source>Выход</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_open.py" line="89"/>
        <source>Проверить пакет (курьер)</source>
        <translation>Пакетті тексеру (курьер)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="36"/>
        <source>Новое хранилище</source>
        <translation>Жаңа қойма</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="59"/>
        <source>Файл:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="60"/>
        <source>Компетентный орган:</source>
        <translation>Құзыретті орган:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="61"/>
        <source>Администратор:</source>
        <translation>Әкімші:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="63"/>
        <source>Повторите пароль:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="65"/>
        <source>Демонстрационное хранилище (для обучения, с синтетическими данными)</source>
        <translation>Демонстрациялық қойма (оқытуға арналған, синтетикалық деректермен)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="73"/>
        <source>Создание хранилища…</source>
        <translation>Қойма жасалуда…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="75"/>
        <source>Создать</source>
        <translation>Жасау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock_create.py" line="76"/>
        <source>Назад</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="203"/>
        <source>Файл хранилища</source>
        <translation>Қойма файлы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="204"/>
        <source>Хранилища MigDesk (*.vault);;Все файлы (*)</source>
        <translation>MigDesk қоймалары (*.vault);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="253"/>
        <source>Укажите имя пользователя.</source>
        <translation>Пайдаланушы атын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="267"/>
        <source>Обновление хранилища для новой версии: шаг {step} из {steps}…</source>
        <translation>Қойманы жаңа нұсқаға жаңарту: {steps} қадамның {step}-қадамы…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="277"/>
        <source>Пароли не совпадают.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="322"/>
        <source>Продолжить</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/typing_hint.py" line="34"/>
        <source>Все буквы пароля были введены заглавными: не включён ли Caps Lock?</source>
        <translation>Құпиясөздің барлық әріптері бас әріппен терілді: Caps Lock қосулы емес пе?</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/typing_hint.py" line="42"/>
        <source>Пароль набран латинскими буквами: если он на кириллице, переключите раскладку клавиатуры.</source>
        <translation>Құпиясөз латын әріптерімен терілді: егер ол кириллица әріптерімен болса, пернетақта тілін ауыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/typing_hint.py" line="50"/>
        <source>Пароль набран в русской раскладке (кириллицей): если он латиницей, переключите раскладку клавиатуры.</source>
        <translation>Құпиясөз орыс пернетақта тілінде (кириллица әріптерімен) терілді: егер ол латын әріптерімен болса, пернетақта тілін ауыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/typing_hint.py" line="58"/>
        <source>Пароль набран армянскими буквами: если он латиницей или кириллицей, переключите раскладку клавиатуры.</source>
        <translation>Құпиясөз армян әріптерімен терілді: егер ол латын немесе кириллица әріптерімен болса, пернетақта тілін ауыстырыңыз.</translation>
    </message>
</context>
<context>
    <name>UnreadableDraftDialog</name>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="41"/>
        <source>Черновик карточки не открыт — MigDesk</source>
        <translation>Карточка жобасы ашылмады — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="47"/>
        <source>Карточку с изменениями, не сохранёнными до автоматической блокировки ({moment}), открыть нельзя:</source>
        <translation>Автоматты бұғаттауға дейін сақталмаған өзгерістері бар карточканы ({moment}) ашу мүмкін емес:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="57"/>
        <source>Черновик хранится в зашифрованном хранилище и вернётся после следующего входа. Его содержимое не показывается: в нём могут быть сведения о лице, которые вам теперь недоступны.</source>
        <translation>Жоба шифрланған қоймада сақталады және келесі кіргеннен кейін қайта ұсынылады. Оның мазмұны көрсетілмейді: онда сізге енді қолжетімсіз тұлға туралы мәліметтер болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="63"/>
        <source>Оставить на потом</source>
        <translation>Кейінге қалдыру</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="66"/>
        <source>Удалить черновик…</source>
        <translation>Жобаны жою…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="82"/>
        <source>Удаление черновика</source>
        <translation>Жобаны жоюды растау</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="83"/>
        <source>Удалить черновик безвозвратно? Несохранённые изменения в нём будут потеряны.</source>
        <translation>Жобаны біржола жою керек пе? Ондағы сақталмаған өзгерістер жоғалады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unreadable_draft.py" line="84"/>
        <source>Удалить</source>
        <translation>Жою</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="61"/>
        <source>Пользователи — MigDesk</source>
        <translation>Пайдаланушылар — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="66"/>
        <source>Пользователь</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="66"/>
        <source>ФИО</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="66"/>
        <source>Роли</source>
        <translation>Рөлдері</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="66"/>
        <source>Добавлен</source>
        <translation>Қосылған</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="76"/>
        <source>Добавить…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="78"/>
        <source>Сбросить пароль…</source>
        <translation>Құпиясөзді қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="80"/>
        <source>Удалить…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="82"/>
        <source>Данные для писем…</source>
        <translation>Хаттарға арналған деректер…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="85"/>
        <source>Снять ожидание входа</source>
        <translation>Кіруді күтуді тоқтату</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="89"/>
        <source>Закрыть</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="108"/>
        <source>У каждого пользователя свой пароль и свой ключевой слот; добавление, смена пароля и удаление не перешифровывают хранилище.</source>
        <translation>Әр пайдаланушының өз құпиясөзі және өз кілт ұясы бар; қосу, құпиясөзді ауыстыру және жою қойманы қайта шифрламайды.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="166"/>
        <source>Пользователь не ждёт входа.</source>
        <translation>Пайдаланушы кіруді күтіп тұрған жоқ.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="171"/>
        <source>Неудачных попыток входа: {count}; следующая попытка — {when}. После снятия у пользователя снова пять попыток; о прежних ему сообщат при входе.</source>
        <translation>Сәтсіз кіру әрекеттері: {count}; келесі әрекет — {when}. Күту тоқтатылғаннан кейін пайдаланушыда қайтадан бес әрекет болады; бұрынғылары туралы оған кіргенде хабарланады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="175"/>
        <source>через {wait}</source>
        <translation>{wait} кейін</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="177"/>
        <source>сразу, но после ещё одной ошибки — снова ожидание</source>
        <translation>қазір, бірақ тағы бір қатеден кейін қайтадан күту</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="200"/>
        <source>Ожидание входа пользователя «{name}» снято. Неудачных попыток: {count}; о них пользователю сообщат при следующем входе.</source>
        <translation>«{name}» пайдаланушысының кіруді күтуі тоқтатылды. Сәтсіз әрекеттер: {count}; олар туралы пайдаланушыға келесі кіруде хабарланады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="204"/>
        <source>Пользователь «{name}» уже не ждёт входа.</source>
        <translation>«{name}» пайдаланушысы енді кіруді күтпейді.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="254"/>
        <source>Удалить пользователя «{name}»? Его ключевой слот будет уничтожен: открыть хранилище его паролем станет невозможно. Записи журнала аудита о его действиях сохранятся.</source>
        <translation>«{name}» пайдаланушысын жою керек пе? Оның кілт ұясы жойылады: қойманы оның құпиясөзімен ашу мүмкін болмайды. Оның әрекеттері туралы аудит журналының жазбалары сақталады.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="257"/>
        <source>Удаление пользователя</source>
        <translation>Пайдаланушыны жою</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/users_dialog.py" line="257"/>
        <source>Удалить</source>
        <translation>Жою</translation>
    </message>
</context>
<context>
    <name>_WorkDialog</name>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="45"/>
        <source>Выполняется…</source>
        <translation>Орындалуда…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/user_edit_dialogs.py" line="50"/>
        <source>Отмена</source>
        <translation>Болдырмау</translation>
    </message>
</context>
</TS>
