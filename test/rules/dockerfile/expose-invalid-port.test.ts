import { ruleTester } from '../../support/rule-tester';

ruleTester('expose-invalid-port', {
  valid: [
    'FROM nginx:1.27\nEXPOSE 80 443/tcp 53/udp 8080-8090 9/sctp 65535',
    'FROM nginx:1.27\nEXPOSE $PORT',
    'FROM nginx:1.27\nARG PORTS="80 443"\nEXPOSE $PORTS',
    { name: 'casing and host parts are other rules\'', code: 'FROM nginx:1.27\nEXPOSE 80/TCP 8080:80' },
  ],
  invalid: [
    { code: 'FROM nginx:1.27\nEXPOSE http', errors: [{ range: [1, 7, 1, 11], message: 'Port `http` is not a port number or range.' }] },
    { code: 'FROM nginx:1.27\nEXPOSE 0 70000 8080-80', errors: [{ range: [1, 7, 1, 8], message: /outside/ }, { range: [1, 9, 1, 14] }, { range: [1, 15, 1, 22], message: /end is below its start/ }] },
    { code: 'FROM nginx:1.27\nEXPOSE 443/https', errors: [{ range: [1, 11, 1, 16], message: 'Unknown protocol `https`; use `tcp`, `udp` or `sctp`.' }] },
    { name: 'resolved from an ARG', code: 'FROM nginx:1.27\nARG PORT=web\nEXPOSE ${PORT}', errors: [{ range: [2, 7, 2, 14] }] },
  ],
});
