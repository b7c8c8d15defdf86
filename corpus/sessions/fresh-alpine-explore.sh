# Alpine, two tags, explored by a beginner who makes typos and asks for help.
docker pull alpine:3.7
docker pull alpine
dokcer ps
docker psa
docker rn alpine
docker run alpine:3.7 cat /etc/alpine-release
docker run --rm alpine cat /etc/os-release | head -2
docker run --rm alpine:3.7 ls /etc | head -5
docker run --rm alpine sh -c 'ls -ld /etc /tmp /root'
docker run --rm alpine sh -c 'echo $SHELL; echo $PATH'
docker run --rm alpine printenv PATH
docker run --rm alpine env
docker run --rm -it alpine sh
docker run -i --rm alpine sh
echo 'echo from stdin' | docker run -i --rm alpine sh
docker run --rm alpine sh -c 'whoami; id -u; id -gn'
docker run --rm alpine sh -c 'cat /etc/shells 2>&1 | head -2'
docker run --rm alpine wc -l /etc/passwd
docker run --rm alpine sh -c 'grep -n nobody /etc/passwd'
docker run --rm alpine sh -c 'grep -i ROOT /etc/passwd | head -1'
docker run --rm alpine sh -c 'ls /usr/bin | head -3'
docker run --rm alpine sh -c 'find / -maxdepth 1 -type d | sort | head -5'
docker run --rm alpine sh -c 'basename /a/b/c.txt .txt; dirname /a/b/c.txt'
docker run --rm alpine sh -c 'echo hello | sed s/hello/bye/'
docker run --rm alpine sh -c 'echo "b a c" | tr " " "\n" | sort'
docker run --rm alpine sh -c 'printf "%s-%s\n" a b'
docker run --rm alpine sh -c 'ls -la /root'
docker run --rm alpine apk --version
docker run --rm alpine sh -c 'echo one two three | awk "{print \$2}"'
docker run --rm alpine sh -c 'echo $((1+1))'
docker run --name al alpine:3.7 sh -c 'echo written > /hello.txt'
docker diff al
docker start -a al
docker logs al
docker commit al myalpine:v1
docker run --rm myalpine:v1 cat /hello.txt
docker images myalpine
docker rm al
docker rmi myalpine:v1
docker run alpine:3.7 --help
docker ps -a --format '{{.Command}} {{.Status}}' | cut -d' ' -f1-2
docker container prune -f
