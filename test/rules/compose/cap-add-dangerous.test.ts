import { ruleTester } from '../../support/rule-tester';

ruleTester('cap-add-dangerous', {
  valid: ['services:\n  vpn:\n    image: x:1\n    cap_add: [NET_ADMIN, CHOWN]\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    image: x:1\n    cap_add:\n      - ALL\n      - cap_sys_admin\n      - NET_ADMIN\n',
      errors: [
        { range: [4, 8, 4, 11], message: 'Service `a` adds every capability (`ALL`): that is close to running privileged.' },
        { range: [5, 8, 5, 21], message: 'Service `a` adds `cap_sys_admin`, a capability that can take over the host.' },
      ],
    },
  ],
});
