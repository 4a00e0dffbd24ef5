// see main.pact
party Acme { role ops }
party Globex { role delivery }
