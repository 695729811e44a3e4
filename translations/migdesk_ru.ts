<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="ru_RU">
<context>
    <name>PasswordRule</name>
    <message numerus="yes">
        <location filename="../migdesk/ui/password_rule.py" line="33"/>
        <source>не меньше %n символов</source>
        <translation>
            <numerusform>не меньше %n символа</numerusform>
            <numerusform>не меньше %n символов</numerusform>
            <numerusform>не меньше %n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../migdesk/ui/password_rule.py" line="42"/>
        <source>Не меньше %n символов; не из числа известных простых паролей (12345678, qwerty, пароль…) и без имени пользователя.</source>
        <translation>
            <numerusform>Не меньше %n символа; не из числа известных простых паролей (12345678, qwerty, пароль…) и без имени пользователя.</numerusform>
            <numerusform>Не меньше %n символов; не из числа известных простых паролей (12345678, qwerty, пароль…) и без имени пользователя.</numerusform>
            <numerusform>Не меньше %n символов; не из числа известных простых паролей (12345678, qwerty, пароль…) и без имени пользователя.</numerusform>
        </translation>
    </message>
</context>
</TS>
