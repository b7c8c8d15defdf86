# docker run options: --entrypoint, -w, -u, --hostname, -e, --env-file, --add-host, --tmpfs, --read-only, --rm, --label
docker pull -q busybox
docker run --rm --entrypoint echo busybox hello from entrypoint
docker run --rm --entrypoint /bin/ls busybox /etc
docker run --rm -w /app busybox pwd
docker run --rm -w /app busybox ls -a
docker run --rm -u nobody busybox id
docker run --rm -u 1234:1234 busybox sh -c 'id; whoami'
docker run --rm --hostname study-box busybox hostname
docker run --rm -h study-box busybox cat /etc/hostname
docker run --rm -e NAME=kim -e LEVEL=3 busybox sh -c 'echo "$NAME level $LEVEL"'
export NAME=lee
docker run --rm -e NAME busybox sh -c 'echo "NAME=$NAME"'
docker run --rm -e UNSET_VAR_XYZ busybox sh -c 'echo "[${UNSET_VAR_XYZ:-empty}]"'
printf 'APP=demo\n# a comment line\nPORT=8080\nNAME\n' > app.env
cat app.env
docker run --rm --env-file app.env busybox env | grep -E '^(APP|PORT|NAME)=' | sort
docker run --rm --env-file nosuch.env busybox true
docker run --rm --add-host db.local:10.0.0.5 --add-host=api.local:10.0.0.6 busybox grep '\.local' /etc/hosts
docker run --rm --tmpfs /scratch busybox sh -c 'echo temp > /scratch/t.txt && cat /scratch/t.txt'
docker run --rm --tmpfs /scratch busybox sh -c 'mount | grep /scratch | cut -d" " -f1-5'
docker run --rm --read-only busybox touch /newfile
docker run --rm --read-only --tmpfs /tmp busybox sh -c 'touch /tmp/ok && echo tmp-is-writable'
docker run --rm --name gone busybox echo bye
docker ps -a --filter name=gone --format '{{.Names}}' | wc -l
docker run -d --name lb1 --label app=web --label tier=front busybox sleep 300
docker pull -q nginx
docker run -d --name lb2 --label app=web nginx
docker run -d --name lb3 --label app=db busybox sleep 300
docker inspect -f '{{.Config.Labels}}' lb1
docker inspect -f '{{.Config.Labels}}' lb2
docker ps --filter label=app=web --format '{{.Names}}' | sort
docker ps --filter label=tier --format '{{.Names}}'
docker ps --filter label=app --format '{{.Names}} {{.Label "app"}}' | sort
docker rm -f lb1 lb2 lb3
