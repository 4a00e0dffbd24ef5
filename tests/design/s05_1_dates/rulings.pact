// §5.1 turn-2 rulings. Right answers:
//  Rolled: term 2026-01-01 to 2026-01-31 (ends Saturday). meeting e `every 1 day adjusted following`:
//    Sat+Sun roll onto Monday and are ONE occurrence; 2026-01-31 (Sat) rolls to 02-02, outside -> dropped.
//    So dates = the 22 business days of January 2026 (01-01, 01-02, then Mon-Fri to 01-30).
party Acme { role ops }
party Globex { role delivery }
event accepted
partnership Rolled {
  parties Acme as client, Globex as provider
  term 2026-01-01 to 2026-01-31
  meeting e every 1 day adjusted following 15 minutes with Acme.ops, Globex.delivery
}
