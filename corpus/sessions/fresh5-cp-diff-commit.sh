# docker cp both ways, docker diff, commit with -m and -c, save/load, export
docker pull -q busybox
docker run -d --name work busybox sleep 300
echo 'hello from the host' > hello.txt
docker cp hello.txt work:/tmp/hello.txt
docker exec work cat /tmp/hello.txt
mkdir conf
echo 'port=8080' > conf/app.conf
echo 'user=kim' > conf/db.conf
docker cp conf work:/etc/myconf
docker exec work ls /etc/myconf
docker exec work sh -c 'echo made inside > /root/inside.txt; mkdir /data'
docker diff work | sort -k2
docker cp work:/root/inside.txt .
cat inside.txt
docker cp work:/etc/myconf ./copied
ls copied
docker cp work:/tmp/hello.txt - | tar -t
docker cp work:/nosuch/file.txt .
docker cp nosuch.txt work:/tmp/
docker stop -t 1 work
docker cp hello.txt work:/tmp/after-stop.txt
docker diff work | sort -k2
docker commit -m 'add hello and config files' -c 'CMD ["cat", "/tmp/hello.txt"]' -c 'ENV GREETING=annyeong' work myimage:v1
docker run --rm myimage:v1
docker run --rm myimage:v1 sh -c 'echo $GREETING; ls /etc/myconf'
docker image inspect -f '{{.Comment}} | {{json .Config.Cmd}} | {{json .Config.Env}}' myimage:v1
docker history --format '{{.CreatedBy}} | {{.Comment}}' myimage:v1 | head -n 2
docker save -o myimage.tar myimage:v1
docker rm work
docker rmi myimage:v1
docker load -i myimage.tar
docker create --name exp myimage:v1
docker export exp | tar -t | grep -e hello -e myconf -e inside | sort
docker rm exp
