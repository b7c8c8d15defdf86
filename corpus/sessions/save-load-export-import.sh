# docker save/load and export/import round trips through the workspace, and the clients' and daemon's errors.
docker pull -q busybox >/dev/null
docker save -o busybox.tar busybox
test -s busybox.tar && echo saved
docker save busybox > busybox2.tar
docker save busybox nope > x.tar
docker rmi busybox >/dev/null
docker load -i busybox.tar
docker load -q < busybox.tar
docker images --format '{{.Repository}}:{{.Tag}}' busybox
echo hello > notar.tar
docker load -i notar.tar
docker load -i missing.tar
docker run --name h15-e busybox sh -c 'echo hi > /hello.txt'
docker export -o e.tar h15-e
test -s e.tar && echo exported
docker import e.tar h15-imp:1 | cut -c1-7
docker import -m 'from export' -c 'CMD ["cat","/hello.txt"]' - h15-imp:2 < e.tar | cut -c1-7
docker history --format '{{.CreatedBy}}|{{.Comment}}' h15-imp:2
docker inspect -f '{{len .RootFS.Layers}} {{.Config.Cmd}}' h15-imp:2
docker run --rm h15-imp:2
docker run --rm h15-imp:1 cat /hello.txt
docker import notar.tar
docker import missing.tar
docker export nope > y.tar
docker rm h15-e
docker rmi h15-imp:1 h15-imp:2 >/dev/null
