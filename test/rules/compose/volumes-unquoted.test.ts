import { ruleTester } from '../../support/rule-tester';

ruleTester('volumes-unquoted', {
  valid: [
    'services:\n  web:\n    image: x:1\n    volumes:\n      - ./html:/usr/share/nginx/html:ro\n      - "./a #b:/c"\n      - "*weird:/x"\n      - "C: drive:/d"\n',
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: x:1\n    volumes:\n      - "./html:/usr/share/nginx/html:ro"\n      - \'data:/data\'\n',
      errors: [
        { range: [4, 8, 4, 41], message: 'Volume entry `./html:/usr/share/nginx/html:ro` of service `web` is quoted.' },
        { range: [5, 8, 5, 20] },
      ],
      output: 'services:\n  web:\n    image: x:1\n    volumes:\n      - ./html:/usr/share/nginx/html:ro\n      - data:/data\n',
    },
  ],
});
