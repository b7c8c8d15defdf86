# exec, cp both ways, diff and top on a running container.
docker pull -q busybox
docker run -d --name box busybox sleep 300
docker exec box sh -c 'echo hi > /tmp/note.txt; cat /tmp/note.txt'
docker exec -w /tmp -e WHO=me box sh -c 'pwd; echo $WHO'
docker exec box sh -c 'exit 4'
echo $?
docker exec box nosuchcmd
echo $?
docker exec -it box sh
echo 'from host' > host.txt
docker cp host.txt box:/tmp/
docker exec box cat /tmp/host.txt
docker cp box:/tmp/note.txt .
cat note.txt
docker cp box:/tmp/note.txt copy.txt
ls
mkdir dir && echo a > dir/a.txt
docker cp dir box:/tmp/dir
docker exec box ls /tmp/dir
docker cp box:/nosuch .
docker diff box
docker stop -t 0 box
docker exec box true
docker rm box
