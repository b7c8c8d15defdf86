# mistakes a beginner makes while following the notes: misplaced options, typos, wrong ports, missing objects
docker pull -q busybox
docker iamges
docker contianer ls
docker run busybox --name first echo hi
docker ps -a --format '{{.Command}} | {{.Status}}'
docker run busybox echo hi --rm
docker ps -aq | wc -l
docker rm $(docker ps -aq)
docker run --name first --name second busybox echo two names
docker ps -a --format '{{.Names}}'
docker run -d --name portweb -p 8080-80 busybox sleep 300
docker run -d --name portweb -p abc:80 busybox sleep 300
docker run -d --name portweb -p 8080:eighty busybox sleep 300
docker run -d --name portweb -p 8080:80:80 busybox sleep 300
docker run --nmae web busybox
docker run -d --restart always --rm busybox sleep 300
docker run Busybox echo hi
docker run -e busybox
docker rm nosuch
docker rm -f nosuch
docker stop
docker run -d --name sleeper busybox sleep 300
docker port sleeper
docker port sleeper 80
docker stop -t 1 sleeper
docker exec sleeper ls /
docker start nosuch
docker run --name once busybox echo only once
docker rm once
docker logs once
docker rmi -f nosuch
docker rmi busybox
docker ps -a --format '{{.Names}} {{.Status}}'
docker rm second sleeper
