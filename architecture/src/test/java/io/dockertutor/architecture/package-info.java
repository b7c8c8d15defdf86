/**
 * Tests of the project's shape rather than its behaviour: {@link io.dockertutor.architecture.LayeringRules} (module
 * directions, third-party libraries in their one module, no package cycles, all ArchUnit), proven able to fail on
 * fixtures, and the source rules (file size, unique class names, package docs). The module table in
 * {@link io.dockertutor.architecture.ProjectModules} is the one the README draws.
 */
package io.dockertutor.architecture;
