# The same commands in alpine, busybox and nginx (Debian): os-release, /bin, sh, errors, users, env
docker pull -q busybox
docker pull -q alpine
docker pull -q alpine:3.7
docker pull -q nginx
docker run --rm alpine cat /etc/os-release
docker run --rm busybox cat /etc/os-release
docker run --rm nginx cat /etc/os-release
docker run --rm alpine:3.7 cat /etc/alpine-release
docker run --rm alpine cat /etc/alpine-release
docker run --rm alpine sh -c 'ls /bin | head -5'
docker run --rm busybox sh -c 'ls /bin | head -5'
docker run --rm nginx sh -c 'ls /bin | head -5'
for img in alpine busybox nginx; do docker run --rm $img which sh; done
docker run --rm alpine readlink /bin/sh
docker run --rm busybox readlink /bin/sh
docker run --rm nginx readlink /bin/sh
for img in alpine busybox nginx; do echo "== $img"; docker run --rm $img sh -c 'echo $0'; done
docker run --rm alpine sh -c nosuchcmd
docker run --rm busybox sh -c nosuchcmd
docker run --rm nginx sh -c nosuchcmd
docker run --rm alpine ls /nonexistent
docker run --rm busybox ls /nonexistent
docker run --rm nginx ls /nonexistent
docker run --rm alpine id
docker run --rm busybox id
docker run --rm nginx id
docker run --rm alpine cat /etc/passwd | head -3
docker run --rm busybox cat /etc/passwd | head -3
docker run --rm nginx cat /etc/passwd | head -3
for img in alpine busybox nginx; do docker run --rm $img uname -s; done
docker run --rm -h cmp alpine env | sort
docker run --rm -h cmp busybox env | sort
docker run --rm -h cmp nginx env | sort
