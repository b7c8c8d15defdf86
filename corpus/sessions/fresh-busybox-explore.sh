# The notes' busybox: pull, run with no command, then look around inside as a beginner does.
docker pull busybox
docker images busybox
docker run busybox
docker ps -a --format '{{.Image}} {{.Command}} {{.Status}}' | cut -d' ' -f1-3
docker ps
docker run busybox echo Hello world
docker run busybox echo "Hello   world"
docker run --rm busybox ls /
docker run --rm busybox ls -l /bin | head -3
docker run --rm busybox ls /bin | wc -l
docker run --rm busybox sh -c 'cat /etc/passwd'
docker run --rm busybox sh -c 'id; whoami'
docker run --rm busybox id nobody
docker run --rm busybox sh -c 'env | sort'
docker run --rm -e NAME=kim busybox sh -c 'echo hello $NAME'
docker run --rm busybox sh -c 'echo $HOME $PATH'
docker run --rm busybox ps
docker run --rm busybox ps aux
docker run --rm busybox sh -c 'ps -o pid,comm'
docker run --rm --hostname mybox busybox hostname
docker run --rm busybox sh -c 'hostname | wc -c'
docker run --rm busybox cat /etc/hosts | head -1
docker run --rm busybox cat /etc/resolv.conf | head -0
docker run --rm busybox sh -c 'pwd; cd /tmp; pwd; ls -a'
docker run --rm busybox sh -c 'echo hi > /tmp/a; cat /tmp/a; wc -c /tmp/a'
docker run --rm busybox sh -c 'mkdir -p /x/y && touch /x/y/z && find /x'
docker run --rm busybox find /etc -name 'pass*'
docker run --rm busybox grep root /etc/passwd
docker run --rm busybox grep -c '' /etc/group
docker run --rm busybox head -2 /etc/passwd
docker run --rm busybox tail -n 1 /etc/passwd
docker run --rm busybox sh -c 'cat /etc/passwd | cut -d: -f1'
docker run --rm busybox uname -s
docker run --rm busybox uname -m
docker run --rm busybox date -u +%Z
docker run --rm busybox sh -c 'echo $((6*7))'
docker run --rm busybox sh -c 'for i in 1 2 3; do echo n$i; done'
docker run --rm busybox sh -c 'test -d /proc && echo proc there'
docker run --rm busybox sh -c 'ls /proc/1/ | grep -c cmdline'
docker run --rm busybox sh -c 'cat /proc/1/cmdline | tr "\0" " "; echo'
docker run --rm busybox sh -c 'mount | grep -c " / "'
docker run --rm busybox sh -c 'df / | wc -l'
docker run --rm busybox sh -c 'nosuchcmd 2>&1; echo $?'
docker run --rm busybox sh -c 'ls /nosuch 2>&1; echo $?'
docker run --rm busybox nosuchcmd
docker run --rm busybox sh -c 'exit 7'
echo $?
docker run --rm busybox false
echo $?
docker run --rm busybox sh -c 'which sh ls wget'
docker run --rm busybox busybox | head -1 | cut -c1-14
docker run --rm busybox sh -c 'echo $0; echo $$'
docker run --rm -w /etc busybox pwd
docker run --rm -u nobody busybox id
docker run --rm -u 1234:5678 busybox sh -c 'id; touch /x 2>&1'
docker run --rm busybox sleep 1
docker run --rm busybox sh -c 'seq 3; seq 2 4 | tr "\n" ,'
docker ps -a -q | wc -l
docker rm $(docker ps -aq) | wc -l
