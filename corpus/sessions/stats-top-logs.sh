# stats --no-stream columns, top, logs with timestamps and tail.
docker pull -q busybox
docker run -d --name ticker busybox sh -c 'echo one; echo two; echo three; sleep 300'
docker stats --no-stream --format '{{.Name}} {{.PIDs}}' ticker
docker stats --no-stream --format 'table {{.Name}}\t{{.PIDs}}' ticker
docker top ticker -o comm
docker logs ticker
docker logs --tail 2 ticker
docker logs -t ticker | cut -d' ' -f2-
docker rm -f ticker
