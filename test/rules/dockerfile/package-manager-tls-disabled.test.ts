import { ruleTester } from '../../support/rule-tester';

const f = 'FROM python:3.12-slim\n';

ruleTester('package-manager-tls-disabled', {
  valid: [
    `${f}RUN pip install requests`,
    `${f}RUN npm config set strict-ssl true`,
    `${f}RUN git config --global http.sslVerify true`,
    `${f}RUN dnf install -y --setopt=install_weak_deps=False htop`,
    `${f}RUN echo --trusted-host`,
  ],
  invalid: [
    {
      code: `${f}RUN pip install --trusted-host pypi.org requests`,
      errors: [{ range: [1, 16, 1, 39], message: '`pip --trusted-host pypi.org` skips TLS verification for that host.' }],
      output: `${f}RUN pip install requests`,
    },
    {
      name: 'python -m pip with =, git -c, dnf --setopt',
      code: `${f}RUN python3 -m pip install --trusted-host=pypi.org x && git -c http.sslVerify=false clone u && dnf --setopt=sslverify=0 install y`,
      errors: [{ range: [1, 27, 1, 50] }, { range: [1, 60, 1, 83] }, { range: [1, 99, 1, 119] }],
      output: `${f}RUN python3 -m pip install x && git clone u && dnf install y`,
    },
    {
      name: 'config commands and repo files have no fix',
      code: `${f}RUN npm config set strict-ssl false && git config --global http.sslVerify false && pip config set global.trusted-host pypi.org && echo sslverify=0 >> /etc/yum.repos.d/x.repo`,
      errors: [{ range: [1, 19, 1, 35] }, { range: [1, 43, 1, 79] }, { range: [1, 98, 1, 126] }, { range: [1, 135, 1, 146] }],
    },
  ],
});
