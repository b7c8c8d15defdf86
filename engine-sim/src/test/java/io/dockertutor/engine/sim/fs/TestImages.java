package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.sim.catalog.FileSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/** Tiny image file maps for the file-system tests: an nginx-like one on busybox, and a Debian-like one. */
final class TestImages {
    private TestImages() {
    }

    static Map<String, FileSpec> nginx() {
        Map<String, FileSpec> files = new LinkedHashMap<>();
        files.put("/bin", FileSpec.directory(0755));
        files.put("/bin/busybox", FileSpec.binary());
        for (String applet : new String[] {"sh", "ls", "cat", "echo", "mkdir", "touch", "rm", "env", "id", "whoami",
            "hostname", "vi", "top", "cp", "head", "tail", "wc"}) {
            files.put("/bin/" + applet, FileSpec.symlink("busybox"));
        }
        files.put("/etc/passwd", FileSpec.file("root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n", 0644));
        files.put("/etc/group", FileSpec.file("root:x:0:\nwheel:x:10:root\nnogroup:x:65534:\n", 0644));
        files.put("/etc/group-", FileSpec.file("", 0644));
        files.put("/tmp", FileSpec.directory(01777));
        files.put("/usr/share/nginx/html/index.html", FileSpec.file("<h1>Welcome to nginx!</h1>\n", 0644));
        files.put("/usr/share/nginx/html/50x.html", FileSpec.file("<h1>Error</h1>\n", 0644));
        return files;
    }

    static Map<String, FileSpec> debian() {
        Map<String, FileSpec> files = new LinkedHashMap<>();
        files.put("/bin", FileSpec.symlink("usr/bin"));
        files.put("/usr", FileSpec.directory(0755));
        files.put("/usr/bin", FileSpec.directory(0755));
        files.put("/usr/bin/dash", FileSpec.binary());
        files.put("/usr/bin/sh", FileSpec.symlink("dash"));
        files.put("/usr/bin/bash", FileSpec.binary());
        files.put("/usr/bin/ls", FileSpec.binary());
        files.put("/usr/bin/cat", FileSpec.binary());
        files.put("/etc/passwd", FileSpec.file("root:x:0:0:root:/root:/bin/bash\n", 0644));
        return files;
    }
}
