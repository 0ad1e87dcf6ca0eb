/**
 * Getting a policy owner started: {@link org.complaintrules.tooling.init.PolicyTemplate} writes a copy of the
 * bundled default policy, its scenarios and a README to edit.
 */
package org.complaintrules.tooling.init;
