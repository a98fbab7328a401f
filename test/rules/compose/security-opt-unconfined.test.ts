import { ruleTester } from '../../support/rule-tester';

ruleTester('security-opt-unconfined', {
  valid: ['services:\n  a:\n    image: x:1\n    security_opt: ["seccomp:./profile.json", "no-new-privileges:true", "label:type:svirt_t"]\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    image: x:1\n    security_opt:\n      - seccomp:unconfined\n      - apparmor=unconfined\n      - label:disable\n      - systempaths=unconfined\n',
      errors: [
        { range: [4, 8, 4, 26], message: 'Service `a` disables seccomp confinement with `seccomp:unconfined`.' },
        { range: [5, 8, 5, 27] },
        { range: [6, 8, 6, 21], message: 'Service `a` disables selinux labelling confinement with `label:disable`.' },
        { range: [7, 8, 7, 30] },
      ],
    },
  ],
});
