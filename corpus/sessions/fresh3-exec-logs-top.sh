# Looking into a running container: exec, logs, top, stats, diff, with the mistakes of a first try.
docker pull -q busybox
docker run -d --name counter busybox sh -c 'for i in 1 2 3; do echo line $i; done; echo oops; sleep 600'
docker logs counter
docker logs --tail 2 counter
docker logs -n 1 counter
docker logs counter | grep -c line
docker logs --tail x counter
docker logs
docker exec counter ps | grep sleep
docker exec counter sh -c 'echo $HOSTNAME | wc -c'
docker exec -e GREETING=hi counter sh -c 'echo $GREETING'
docker exec -w /etc counter pwd
docker exec counter cat /nosuch
docker exec counter nosuchcmd
docker exec nosuch ls
docker exec counter
docker top counter | awk '{print $NF}'
docker top counter -o pid,comm | awk '{print $2}'
docker top nosuch
docker stats --no-stream --format '{{.Name}} {{.PIDs}}'
docker stats --no-stream --format 'table {{.Name}}\t{{.PIDs}}' counter
docker stats --no-stream nosuch
docker exec counter sh -c 'mkdir /work && echo a > /work/a.txt && rm /etc/hostname'
docker diff counter
docker diff nosuch
docker stop -t 1 counter
docker exec counter ls
docker rm counter
