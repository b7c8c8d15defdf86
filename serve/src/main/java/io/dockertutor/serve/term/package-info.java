/**
 * A browser's terminal on the server: a JLine terminal whose keyboard is the WebSocket's frames and whose screen goes
 * back over it (with a bounded replay for a reconnecting page), one tutor REPL per learner on its own thread, and the
 * limits on what a learner may send, told in the learner's language ({@link io.dockertutor.serve.term.ServeText}, the
 * server's bilingual lines). Depends on the tutor's REPL and JLine; knows nothing of HTTP.
 */
package io.dockertutor.serve.term;
