# docker cp both ways (files, directories, missing targets, -a, tar streams with -) and bind mounts with -v "$PWD/dir:/data"
docker pull -q busybox
docker create --name box busybox sleep 300
echo 'memo from host' > note.txt
docker cp note.txt box:/tmp/
docker start box
docker exec box cat /tmp/note.txt
docker cp note.txt box:/tmp/renamed.txt
docker exec box ls /tmp
mkdir -p site/css && echo '<h1>hello</h1>' > site/index.html && echo 'body { color: red; }' > site/css/main.css
docker cp site box:/srv
docker exec box ls -R /srv
docker cp site box:/srv
docker exec box ls -R /srv
docker cp note.txt box:/nodir/sub/note.txt
docker cp site box:/tmp/note.txt
docker exec box stat -c '%n %s %a' /tmp/note.txt /srv/index.html /srv/site/css/main.css
echo owned > owned.txt && chown 1234:5678 owned.txt
docker cp owned.txt box:/tmp/owned-plain.txt
docker cp -a owned.txt box:/tmp/owned-a.txt
docker exec box stat -c '%n %u:%g' /tmp/owned-plain.txt /tmp/owned-a.txt
docker cp box:/etc/passwd ./passwd.copy
head -2 passwd.copy
docker cp box:/srv ./back
ls -R back
docker cp box:/nosuch.txt .
docker cp box:/srv/css - | tar -t | sort
tar -cf - note.txt site | docker cp - box:/home
docker exec box ls -R /home
mkdir shared && echo 'from host' > shared/host.txt
docker run --rm -v "$PWD/shared:/data" busybox cat /data/host.txt
docker run --rm -v "$PWD/shared:/data" busybox sh -c 'echo "from container" > /data/container.txt; ls /data'
cat shared/container.txt
docker run --rm -v "$PWD/shared:/data:ro" busybox sh -c 'echo nope > /data/ro.txt'
ls shared
