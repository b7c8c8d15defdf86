# --read-only: the root file system refuses writes; tmpfs, volumes and the daemon's own files stay writable,
# docker cp into the root is refused, and inspect says so.
docker pull -q busybox
docker run --rm --read-only busybox touch /x
docker run --rm --read-only busybox sh -c 'echo hi > /x'
docker run --rm --read-only busybox mkdir /data
docker run --rm --read-only --tmpfs /tmp busybox sh -c 'echo hi > /tmp/x && cat /tmp/x'
docker run --rm --read-only -v ro-vol:/data busybox sh -c 'echo hi > /data/x && cat /data/x'
docker run --rm --read-only busybox sh -c 'echo 10.9.8.7 extra >> /etc/hosts && tail -n 1 /etc/hosts'
docker run -d --name ro --read-only busybox sleep 600
docker inspect -f '{{.HostConfig.ReadonlyRootfs}}' ro
echo hi > f.txt
docker cp f.txt ro:/
docker exec ro rm /bin/ls
docker run --rm --read-only=false busybox touch /x
docker rm -f ro
docker volume rm ro-vol
