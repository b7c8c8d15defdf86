/**
 * The learner's workspace as undo sees it: what one command of the tutor changed there (each path's kind, mode,
 * content before and after), and putting back just that. Never follows a symbolic link, never leaves the directory
 * it was given. Depends on the JDK only.
 */
package io.dockertutor.tutor.workspace;
