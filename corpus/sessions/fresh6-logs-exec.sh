# docker logs (--tail, -n, stopped container, stderr) and docker exec (-w, -e, -u, -d) inside busybox and nginx
docker pull -q busybox
docker run --name lg1 busybox sh -c 'for i in 1 2 3 4 5; do echo "line $i"; done'
docker logs lg1
docker logs --tail 2 lg1
docker logs -n 1 lg1
docker logs --tail 0 lg1
docker logs nosuch
docker run -d --name lg2 busybox sh -c 'echo to-stdout; echo to-stderr >&2; exit 3'
docker wait lg2
docker logs lg2 2>/dev/null
docker logs lg2 2>&1 >/dev/null
docker inspect -f '{{.Name}} {{.State.Status}} {{.State.ExitCode}}' lg1 lg2
docker exec lg1 ls
docker run -d --name bx --hostname bx busybox sleep 300
docker exec bx pwd
docker exec -w /etc bx pwd
docker exec -w /nosuchdir bx pwd
docker exec bx ls /
docker exec -e GREETING=annyeong -e LEVEL=2 bx env | sort
docker exec -e GREETING=annyeong bx sh -c 'echo "$GREETING from $HOSTNAME"'
docker exec -u nobody bx id
docker exec -u nobody bx touch /root/secret
docker exec -u 1000:1000 bx sh -c 'id; echo "home=$HOME"'
docker exec bx sh -c 'echo hello > /tmp/hello.txt'
docker exec bx cat /tmp/hello.txt
docker exec -d bx sleep 200
docker exec bx sh -c 'pidof sleep | wc -w'
docker exec bx nosuchprog
docker exec nosuch ls
docker pull -q nginx
docker run -d --name web --hostname web nginx
docker exec -w /usr/share/nginx/html web ls
docker exec web grep -o '<title>.*</title>' /usr/share/nginx/html/index.html
docker exec -u nginx web id
docker exec web ps
