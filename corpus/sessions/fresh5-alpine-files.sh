# exploring alpine and busybox containers with docker run --rm: files, text tools, users, env
docker pull -q alpine:3.7
docker pull -q busybox
docker run --rm alpine:3.7 cat /etc/os-release
docker run --rm alpine:3.7 ls /
docker run --rm busybox ls /etc
docker run --rm alpine:3.7 head -n 3 /etc/passwd
docker run --rm alpine:3.7 grep root /etc/passwd
docker run --rm alpine:3.7 sh -c 'echo hello > /tmp/a.txt; echo world >> /tmp/a.txt; cat /tmp/a.txt; wc -l /tmp/a.txt'
docker run --rm busybox sh -c 'printf "banana\napple\nbanana\ncherry\napple\nbanana\n" > /tmp/fruits; sort /tmp/fruits | uniq -c | sort -rn'
docker run --rm busybox sh -c 'seq 1 20 | tail -n 3'
docker run --rm busybox sh -c 'mkdir -p /work/a/b && touch /work/a/b/c.txt /work/a/d.log && find /work | sort'
docker run --rm busybox find /etc -name 'pass*'
docker run --rm busybox sh -c 'echo 12345 > /tmp/f; du -k /tmp/f; wc -c /tmp/f'
docker run --rm busybox sh -c 'df -P / | tail -n 1 | cut -d " " -f 1'
docker run --rm -e NAME=kim -e STAGE=dev busybox sh -c 'echo "$NAME is on $STAGE"'
docker run --rm -e GREETING=안녕하세요 alpine:3.7 printenv GREETING
docker run --rm -e NAME=kim busybox env | sort
docker run --rm -h mybox busybox hostname
docker run --rm busybox id
docker run --rm busybox whoami
docker run --rm -u nobody busybox id
docker run --rm -u nobody busybox whoami
docker run --rm -u nobody busybox touch /etc/test.txt
docker run --rm -u nobody busybox sh -c 'echo hi > /tmp/ok.txt && cat /tmp/ok.txt'
docker run --rm -u 1000:1000 busybox id
docker run --rm -w /srv/app busybox pwd
docker run --rm -w /tmp alpine:3.7 sh -c 'pwd; touch note.txt; ls'
docker run --rm busybox sh -c 'cd /nosuch'
docker run --rm alpine:3.7 ls /nosuch
docker run --rm busybox nosuchcmd
