# busybox wget, the usual way to test name resolution between containers: names resolve on a user-defined
# network (Docker's embedded DNS), not on the default bridge. Left out: -O- without -q (busybox prints a 0%
# progress line only when a second ticks between two calls: not deterministic), -S (a Date header), the usage
# text (the lab's busybox is Debian's 1.35, Docker Hub's is 1.36.1).
# Scripts that print on both streams send both to one (2>&1): the daemon copies stdout and stderr apart, so
# their order on the terminal varies from run to run.
# The subnet is given: the daemon hands out the next free pool after earlier sessions, not always 172.18.
docker network create --subnet 172.18.0.0/16 wn
docker run -d --name web --network wn nginx
docker run --rm --network wn busybox wget -qO- http://web/
docker run --rm --network wn busybox wget -q -O - http://web/nosuch
echo $?
docker run --rm --network wn busybox sh -c '{ wget http://web/; echo $?; ls index.html; wget http://web/ 2>&1 | tail -1; echo $?; } 2>&1'
docker run --rm --network wn busybox sh -c '{ wget -q http://web/ && wc -c index.html && wget -q http://web/; echo $?; } 2>&1'
docker run --rm --network wn busybox sh -c 'wget -qO /tmp/p http://web/ && head -4 /tmp/p'
docker run --rm --network wn busybox wget -qO- http://nosuch/
echo $?
docker run --rm busybox wget -qO- http://web/
echo $?
docker run --rm --network wn busybox wget -qO- http://web:81/
echo $?
docker run --rm --network wn busybox wget -q --spider http://web/
echo $?
docker run --rm --network wn busybox wget --spider http://web/nosuch
echo $?
docker run --rm --network wn busybox wget -qO- web
docker run --rm --network wn busybox wget -qO- https://web/
echo $?
docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' web > /dev/null
docker run --rm --network wn busybox sh -c 'wget -qO- http://$(hostname)/ 2>&1; echo $?'
docker run --rm --network wn busybox wget -qO- http://localhost/
echo $?
docker rm -f web
docker network rm wn
