import { memoryFileSystem } from '../../../server/src/engine/fs';
import { ruleTester } from '../../support/rule-tester';

const DEBUG = '  debug:\n    image: busybox:1.37\n    profiles: [debug]\n';
const MESSAGE = 'Service `web` always runs but depends on `debug`, which only runs with profile `debug`: `up` without that profile fails.';

ruleTester('depends-on-profiled-service', {
  valid: [
    // Exempt: the dependency is optional.
    `services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      debug:\n        condition: service_started\n        required: false\n${DEBUG}`,
    // Both services run under the profile.
    `services:\n  web:\n    image: nginx:1.27\n    profiles: [debug]\n    depends_on: [debug]\n${DEBUG}`,
    // No profiles anywhere.
    'services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n  db:\n    image: postgres:17\n',
    // The project .env enables the profile.
    {
      name: 'COMPOSE_PROFILES in .env',
      code: `services:\n  web:\n    image: nginx:1.27\n    depends_on: [debug]\n${DEBUG}`,
      fs: memoryFileSystem({ '/work/.env': 'COMPOSE_PROFILES=tools,debug\n' }),
    },
    // Undefined services are depends-on-undefined-service's.
    'services:\n  web:\n    image: nginx:1.27\n    depends_on: [nowhere]\n',
  ],
  invalid: [
    {
      name: 'a flow service mapping (a file written as JSON) cannot hold the long form as block lines: no fix',
      code: '{\n  "services": {\n    "web": {\n      "image": "nginx:1.27",\n      "depends_on": ["debug"]\n    },\n    "debug": {"image": "busybox:1.37", "profiles": ["debug"]}\n  }\n}\n',
      errors: [{ range: [4, 21, 4, 28] }],
    },
    {
      name: 'a file indented by four spaces gets its new lines indented the same way',
      code: 'services:\n    web:\n        image: nginx:1.27\n        depends_on:\n            - debug\n    debug:\n        image: busybox:1.37\n        profiles: [debug]\n',
      errors: [{ range: [4, 14, 4, 19] }],
      output:
        'services:\n    web:\n        image: nginx:1.27\n        depends_on:\n            debug:\n                condition: service_started\n                required: false\n' +
        '    debug:\n        image: busybox:1.37\n        profiles: [debug]\n',
    },
    {
      name: 'short block list',
      code: `services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      - db\n      - debug\n    restart: always\n  db:\n    image: postgres:17\n${DEBUG}`,
      errors: [{ range: [5, 8, 5, 13], message: MESSAGE }],
      output:
        'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_started\n      debug:\n        condition: service_started\n        required: false\n    restart: always\n  db:\n    image: postgres:17\n' +
        DEBUG,
    },
    {
      name: 'short flow list with two profiled services',
      code: `services:\n  web:\n    image: nginx:1.27\n    depends_on: [debug, "tools"] # deps\n${DEBUG}  tools:\n    image: busybox:1.37\n    profiles: [tools, ops]\n`,
      errors: [
        { range: [3, 17, 3, 22], message: MESSAGE },
        { range: [3, 24, 3, 31], message: 'Service `web` always runs but depends on `tools`, which only runs with profile `tools`, `ops`: `up` without that profile fails.' },
      ],
      output:
        'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      debug:\n        condition: service_started\n        required: false\n      tools:\n        condition: service_started\n        required: false # deps\n' +
        `${DEBUG}  tools:\n    image: busybox:1.37\n    profiles: [tools, ops]\n`,
    },
    {
      name: 'long form',
      code: `services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      debug:\n        condition: service_healthy\n        restart: true\n${DEBUG}`,
      errors: [{ range: [4, 6, 4, 11], message: MESSAGE }],
      output: `services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      debug:\n        condition: service_healthy\n        restart: true\n        required: false\n${DEBUG}`,
    },
    {
      name: 'long form, flow mapping',
      code: `services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      debug: {condition: service_started}\n${DEBUG}`,
      errors: [{ range: [4, 6, 4, 11], message: MESSAGE }],
      output: `services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      debug: {condition: service_started, required: false}\n${DEBUG}`,
    },
    {
      name: 'a .env without COMPOSE_PROFILES',
      code: `services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      debug:\n        condition: service_started\n        required: true\n${DEBUG}`,
      fs: memoryFileSystem({ '/work/.env': 'COMPOSE_PROFILES=tools\n' }),
      errors: [{ range: [4, 6, 4, 11], message: MESSAGE }],
      output: `services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      debug:\n        condition: service_started\n        required: false\n${DEBUG}`,
    },
    {
      name: 'CRLF line breaks',
      code: 'services:\r\n  web:\r\n    image: nginx:1.27\r\n    depends_on:\r\n      - debug\r\n  debug:\r\n    image: busybox:1.37\r\n    profiles: [debug]\r\n',
      errors: [{ range: [4, 8, 4, 13], message: MESSAGE }],
      output:
        'services:\r\n  web:\r\n    image: nginx:1.27\r\n    depends_on:\r\n      debug:\r\n        condition: service_started\r\n        required: false\r\n  debug:\r\n    image: busybox:1.37\r\n    profiles: [debug]\r\n',
    },
  ],
});
