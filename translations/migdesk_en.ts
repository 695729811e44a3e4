<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ru_RU">
<context>
    <name>BackgroundOp</name>
    <message>
        <location filename="../migdesk/ui/tasks.py" line="163"/>
        <source>Отмена…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/tasks.py" line="214"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/tasks.py" line="219"/>
        <source>Выполняется…</source>
        <translation>Working…</translation>
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
    <name>HistoryTab</name>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="22"/>
        <source>История появится после первого сохранения.</source>
        <translation>History appears after the first save.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="26"/>
        <source>Редакция</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="26"/>
        <source>Когда</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="26"/>
        <source>Кто</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="26"/>
        <source>Что изменено</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="39"/>
        <source>создание записи</source>
        <translation>record created</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/history_tab.py" line="39"/>
        <source>изменение</source>
        <translation>changed</translation>
    </message>
</context>
<context>
    <name>MainInfoTab</name>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="79"/>
        <source>ДД.ММ.ГГГГ, ММ.ГГГГ или ГГГГ</source>
        <translation>DD.MM.YYYY, MM.YYYY or YYYY</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="82"/>
        <source>не указан</source>
        <translation>not specified</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="110"/>
        <source>Вставить MRZ…</source>
        <translation>Paste MRZ…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="112"/>
        <source>Заполнить поля из машиносчитываемой зоны паспорта или ID-карты</source>
        <translation>Fill the fields from the machine readable zone of a passport or ID card</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="123"/>
        <source>Фамилия, имя, отчество</source>
        <translation>Surname, given name, patronymic</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="128"/>
        <source>На русском</source>
        <translation>In Russian</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="129"/>
        <source>Латиницей (как в паспорте)</source>
        <translation>In Latin (as in the passport)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="134"/>
        <source>Фамилия</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="134"/>
        <source>Имя</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="134"/>
        <source>Отчество</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="147"/>
        <source>Если латиница не заполнена, она будет получена из русского написания по ICAO Doc 9303 (показано серым).</source>
        <translation>If the Latin spelling is left empty, it is derived from the Russian one by ICAO Doc 9303 (shown in grey).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="159"/>
        <source>Пол и рождение</source>
        <translation>Sex and birth</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="161"/>
        <source>Пол:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="162"/>
        <source>Дата рождения:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="163"/>
        <source>Место рождения:</source>
        <translation>Place of birth:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="167"/>
        <source>Гражданство</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="172"/>
        <source>Добавить</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="174"/>
        <source>Удалить</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="188"/>
        <source>Персональный номер</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="190"/>
        <source>определить по числу цифр</source>
        <translation>detect from the number of digits</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="200"/>
        <source>Номер:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="201"/>
        <source>Вид:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="206"/>
        <source>Примечания</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="231"/>
        <source>ИИН прошёл проверку: дата рождения {date}, пол {sex}.</source>
        <translation>IIN is valid: date of birth {date}, sex {sex}.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="240"/>
        <source>Формат номера верный.</source>
        <translation>The number format is valid.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="245"/>
        <source>{message}. Это предупреждение: запись можно сохранить.</source>
        <translation>{message}. This is a warning: the record can still be saved.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="387"/>
        <source>MRZ: {errors}. Проверьте данные по документу.</source>
        <translation>MRZ: {errors}. Check the data against the document.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_main_tab.py" line="393"/>
        <source>Данные заполнены из MRZ, контрольные цифры верны.</source>
        <translation>Filled from the MRZ; all check digits are correct.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="31"/>
        <source>MigDesk — Реестр лиц</source>
        <translation>MigDesk — Person registry</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="52"/>
        <source>&amp;Файл</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="53"/>
        <source>Новое лицо</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="58"/>
        <source>Заполнить демо-данными…</source>
        <translation>Fill with demo data…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="63"/>
        <source>Заблокировать</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="67"/>
        <source>Выход</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="72"/>
        <source>&amp;Справка</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="73"/>
        <location filename="../migdesk/ui/main_window.py" line="105"/>
        <source>О программе</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="78"/>
        <source>Хранилище: {name}</source>
        <translation>Vault: {name}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="80"/>
        <source>Пользователь: {user}</source>
        <translation>User: {user}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="95"/>
        <source>Записей: {count}</source>
        <translation>Records: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="100"/>
        <source>MigDesk {version}

Рабочее место сотрудников миграционных служб Республики Казахстан и Республики Армения по Соглашению о сотрудничестве в области миграции.

Данные хранятся только на этом компьютере, в зашифрованном хранилище.</source>
        <translation>MigDesk {version}

Workstation for the migration officers of the Republic of Kazakhstan and the Republic of Armenia under the Agreement on cooperation in migration.

Data is kept only on this computer, in an encrypted vault.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="173"/>
        <source>Остановлено: добавлено {count} демо-записей.</source>
        <translation>Stopped: {count} demo records added.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/main_window.py" line="175"/>
        <source>Добавлено {count} демо-записей.</source>
        <translation>{count} demo records added.</translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="102"/>
        <source>Предпросмотр недоступен ({mime}).</source>
        <translation>No preview available ({mime}).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="111"/>
        <source>Фотографии</source>
        <translation>Photographs</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="120"/>
        <source>Фотографий нет.</source>
        <translation>No photographs.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="121"/>
        <source>Добавить фото…</source>
        <translation>Add photo…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="123"/>
        <source>Удалить фото</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="137"/>
        <location filename="../migdesk/ui/media_tab.py" line="219"/>
        <source>Дактилоскопическая карта</source>
        <translation>Fingerprint card</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="138"/>
        <source>Дактилокарта не загружена.</source>
        <translation>No fingerprint card loaded.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="139"/>
        <source>Загрузить…</source>
        <translation>Load…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="141"/>
        <source>Удалить</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="193"/>
        <source>Фотография</source>
        <translation>Photograph</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="193"/>
        <location filename="../migdesk/ui/media_tab.py" line="219"/>
        <source>Изображения (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="231"/>
        <source>Не удалось прочитать файл.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="233"/>
        <source>Поддерживаются изображения JPEG и PNG.</source>
        <translation>Only JPEG and PNG images are supported.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/media_tab.py" line="270"/>
        <source>Фото № {number}: {message}</source>
        <translation>Photo no. {number}: {message}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../migdesk/ui/messages.py" line="21"/>
        <source>Внутренняя ошибка программы ({name}). Обратитесь к администратору.</source>
        <translation>Internal program error ({name}). Please contact the administrator.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="32"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="45"/>
        <source>Ошибка</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="68"/>
        <source>Несохранённые изменения</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="69"/>
        <source>Сохранить изменения?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="73"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="74"/>
        <source>Не сохранять</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/messages.py" line="75"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MrzDialog</name>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="31"/>
        <source>Вставить MRZ</source>
        <translation>Paste MRZ</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="39"/>
        <source>Вставьте 2 строки по 44 символа (паспорт) или 3 строки по 30 (ID-карта)</source>
        <translation>Paste 2 lines of 44 characters (passport) or 3 lines of 30 (ID card)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="54"/>
        <source>Заполнить</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="56"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="64"/>
        <source>Будут заполнены латинские фамилия и имя, пол, дата рождения, гражданство и паспорт (документ).</source>
        <translation>Fills in the Latin surname and given names, sex, date of birth, citizenship and the passport (document).</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/mrz_dialog.py" line="102"/>
        <source>{name}; пол: {sex}; дата рождения: {birth}; гражданство: {nationality}; документ № {number}, действителен до {expiry}</source>
        <translation>{name}; sex: {sex}; date of birth: {birth}; nationality: {nationality}; document no. {number}, valid until {expiry}</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="90"/>
        <source>Основные сведения</source>
        <translation>Main details</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="91"/>
        <source>Документы</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="94"/>
        <source>Ответственность</source>
        <translation>Liability</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="96"/>
        <source>Учёт (регистрация)</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="97"/>
        <source>Проживание и работа</source>
        <translation>Residence and work</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="98"/>
        <source>Гражданство</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="99"/>
        <source>Въезд/выезд</source>
        <translation>Entry/exit</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="100"/>
        <source>Фото и дактилокарта</source>
        <translation>Photo and fingerprints</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="101"/>
        <source>История</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="103"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="106"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="161"/>
        <source>Новое лицо — MigDesk</source>
        <translation>New person — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="164"/>
        <source>без имени</source>
        <translation>no name</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="165"/>
        <source>{name} — MigDesk</source>
        <translation>{name} — MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="223"/>
        <source>Запись сохранена.</source>
        <translation>The record has been saved.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="226"/>
        <source>Предупреждения:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="230"/>
        <source>Возможные дубликаты:</source>
        <translation>Possible duplicates:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="232"/>
        <source>Сохранено с предупреждениями</source>
        <translation>Saved with warnings</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/person_form.py" line="254"/>
        <source>Запись не сохранена: исправьте отмеченные поля.</source>
        <translation>The record was not saved: correct the marked fields.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="35"/>
        <source>Фамилия</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="36"/>
        <source>Имя</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="37"/>
        <source>Отчество</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="38"/>
        <source>Латиницей</source>
        <translation>Latin</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="39"/>
        <source>Пол</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="40"/>
        <source>Дата рождения</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="41"/>
        <source>Гражданство</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry_model.py" line="42"/>
        <source>Документ</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../migdesk/ui/registry.py" line="59"/>
        <source>Поиск: фамилия, имя (кириллицей или латиницей), номер документа, дата рождения</source>
        <translation>Search: surname, given name (Cyrillic or Latin), document number, date of birth</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="65"/>
        <source>Любое гражданство</source>
        <translation>Any citizenship</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="69"/>
        <source>Любой пол</source>
        <translation>Any sex</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="84"/>
        <source>Остановить</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="87"/>
        <source>Новое лицо</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="89"/>
        <source>Открыть</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="204"/>
        <source>Поиск остановлен.</source>
        <translation>Search stopped.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="223"/>
        <source>Найдено: {count}</source>
        <translation>Found: {count}</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="225"/>
        <source>Ничего не найдено.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/registry.py" line="228"/>
        <source>Реестр пуст. Добавьте лицо кнопкой «Новое лицо» или демо-данные (меню «Файл»).</source>
        <translation>The registry is empty. Add a person with “New person” or add demo data (“File” menu).</translation>
    </message>
</context>
<context>
    <name>SubrecordTable</name>
    <message>
        <location filename="../migdesk/ui/subrecord_table.py" line="88"/>
        <source>Добавить строку</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_table.py" line="90"/>
        <source>Удалить строку</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_table.py" line="259"/>
        <source>Строка {row}</source>
        <translation>Row {row}</translation>
    </message>
</context>
<context>
    <name>Subrecords</name>
    <message>
        <location filename="../migdesk/ui/delegates.py" line="80"/>
        <source>ДД.ММ.ГГГГ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="51"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="118"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="142"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="169"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="194"/>
        <source>Государство</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="52"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="174"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="195"/>
        <source>Дата решения</source>
        <translation>Date of decision</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="53"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="124"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="176"/>
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
        <location filename="../migdesk/ui/subrecord_specs.py" line="161"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="188"/>
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
        <location filename="../migdesk/ui/subrecord_specs.py" line="196"/>
        <source>Действует с</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="123"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="146"/>
        <location filename="../migdesk/ui/subrecord_specs.py" line="197"/>
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
        <location filename="../migdesk/ui/subrecord_specs.py" line="155"/>
        <source>Приём и восстановление в гражданстве, принадлежность к гражданству</source>
        <translation>Admission to and restoration of citizenship, citizenship affiliation</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="175"/>
        <source>Номер решения</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="184"/>
        <source>Неразрешение въезда, ограничение выезда, выдворение</source>
        <translation>Entry bans, exit restrictions, expulsions</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="200"/>
        <source>Основания</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/subrecord_specs.py" line="206"/>
        <source>Кем принято решение</source>
        <translation>Decided by</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="50"/>
        <source>MigDesk — вход</source>
        <translation>MigDesk — sign in</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="53"/>
        <source>MigDesk</source>
        <translation>MigDesk</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="59"/>
        <source>Рабочее место сотрудника миграционной службы (Казахстан — Армения)</source>
        <translation>Migration officer workstation (Kazakhstan — Armenia)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="82"/>
        <source>Обзор…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="90"/>
        <source>Файл не найден — можно создать новое хранилище.</source>
        <translation>File not found — a new vault can be created.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="92"/>
        <source>Создать новое хранилище…</source>
        <translation>Create a new vault…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="107"/>
        <source>Хранилище:</source>
        <translation>Vault:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="109"/>
        <source>Пользователь:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="110"/>
        <location filename="../migdesk/ui/unlock.py" line="166"/>
        <source>Пароль:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="113"/>
        <source>Запомнить на этом компьютере</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="117"/>
        <source>Проверка пароля…</source>
        <translation>Checking the password…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="119"/>
        <source>Открыть</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="122"/>
        <source>Выход</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="140"/>
        <source>Новое хранилище</source>
        <translation>New vault</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="163"/>
        <source>Файл:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="164"/>
        <source>Компетентный орган:</source>
        <translation>Competent authority:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="165"/>
        <source>Администратор:</source>
        <translation>Administrator:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="167"/>
        <source>Повторите пароль:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="170"/>
        <source>Создание хранилища…</source>
        <translation>Creating the vault…</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="172"/>
        <source>Создать</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="174"/>
        <source>Назад</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="239"/>
        <source>Файл хранилища</source>
        <translation>Vault file</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="240"/>
        <source>Хранилища MigDesk (*.vault);;Все файлы (*)</source>
        <translation>MigDesk vaults (*.vault);;All files (*)</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="276"/>
        <source>Укажите имя пользователя.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <location filename="../migdesk/ui/unlock.py" line="285"/>
        <source>Пароли не совпадают.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
</TS>
