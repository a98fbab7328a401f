// Entry point of the Compose model: the document root and the nodes other modules need by name.
export { rootNode as composeRoot } from './top-level';
export { serviceNode } from './service';
export { CONTAINER_NAME_PATTERN, PULL_POLICY_PATTERN, RESTART_PATTERN } from './service';
export { RESOURCE_NAME_PATTERN } from './common';
