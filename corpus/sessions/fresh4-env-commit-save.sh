# env vars, commit, save, load
docker run --rm -e GREETING=annyeong busybox sh -c 'echo $GREETING'
docker run --rm -e A=1 -e B=2 busybox env | grep -v HOSTNAME | sort
docker run --rm --env NAME busybox sh -c 'echo "[$NAME]"'
NAME=kim docker run --rm --env NAME busybox sh -c 'echo "[$NAME]"'
echo 'X=from_file' > vars.env
docker run --rm --env-file vars.env busybox printenv X
docker run --rm --env-file nosuch.env busybox true
docker run --rm -e busybox
docker run --name base busybox sh -c 'echo v1 > /version.txt'
docker commit base mybox:v1
docker images mybox
docker run --rm mybox:v1 cat /version.txt
docker commit -m 'added version' -a learner base mybox:v2
docker inspect -f '{{.Comment}} {{.Author}}' mybox:v2
docker commit nosuch mybox:v3
docker save -o mybox.tar mybox:v1
ls
docker save mybox:v1 > mybox2.tar
ls -1 *.tar
docker rmi mybox:v1
docker load -i mybox.tar
docker load < mybox2.tar
docker images mybox --format '{{.Tag}}' | sort
docker save nosuchimage -o x.tar
docker load -i nosuch.tar
docker save -o mybox.tar
