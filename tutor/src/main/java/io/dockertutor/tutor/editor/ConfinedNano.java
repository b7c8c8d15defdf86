package io.dockertutor.tutor.editor;

import java.nio.file.Path;
import java.util.List;
import org.jline.builtins.Nano;
import org.jline.builtins.Options;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;

/**
 * JLine's Nano that can reach no file but the one it was opened on. Its root is a private directory holding only a
 * copy of that file; restricted mode ({@code nano -R}) takes away saving under another name, appending, prepending,
 * backups, the file browser and suspending, and no nanorc is read. Ctrl-R (insert a file) would still read any path
 * typed, absolute ones included, so it is bound to what restricted mode answers for a disabled function.
 */
final class ConfinedNano extends Nano {
    ConfinedNano(Terminal terminal, Path privateDirectory) {
        super(terminal, privateDirectory, Options.compile(Nano.usage()).parse(List.of("--restricted", "--ignorercfiles")));
        title = "docker-tutor: JLine Nano";
    }

    @Override
    protected void bindKeys() {
        super.bindKeys();
        // TOGGLE_SUSPENSION in restricted mode only says "This function is disabled in restricted mode".
        keys.bind(Operation.TOGGLE_SUSPENSION, KeyMap.ctrl('R'), KeyMap.key(terminal, InfoCmp.Capability.key_f5));
    }
}
