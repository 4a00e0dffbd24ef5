// §6 E00xx: bad literals (number, string), unclosed block; §2 unknown currency. Right answers (every one reported):
//  `1__000` or `12.5.3` bad number; an unterminated string; `USX` unknown unit (did you mean USD); the
//  partnership's block never closed (error at end of file pointing at its `{`).
party Acme "Acme { role ops }
party Globex { role delivery }
partnership P {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  pay Globex {
    retainer 12.5.3 USD monthly
    fee 1__000 USX per accepted
  }
