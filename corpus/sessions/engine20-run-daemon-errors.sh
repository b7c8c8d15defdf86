# Errors the daemon answers to run: restart policies, a port in use (the container stays Created),
# a command that is not there or cannot run (exit 127/126, the container stays Created).
docker pull -q busybox
docker run --name r1 --restart foo busybox true
docker run --name r2 --restart always:3 busybox true
docker run --name r3 --restart on-failure:-1 busybox true
docker run -d --name web1 -p 8080:80 busybox sleep 300
docker run -d --name web2 -p 8080:80 busybox sleep 300
docker ps -a --format '{{.Names}} {{.Status}}'
docker run --name nf busybox nosuchcmd
docker run -d --name nf2 busybox nosuchcmd
docker run --name pd busybox /etc/passwd
docker ps -a --format '{{.Names}} {{.Status}}' | sort
docker start nf
docker rm -f web1 web2 nf nf2 pd
