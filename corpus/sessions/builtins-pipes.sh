docker pull -q nginx
docker pull -q nginx:stable
docker pull -q busybox
docker images | grep nginx
docker images | grep nosuch
docker images | head -n 1
docker images | wc -l
docker images --format '{{.Repository}}:{{.Tag}}' | sort
docker images -q | sort -u | wc -l
docker images --format '{{.Repository}}:{{.Tag}}' | grep nginx | xargs docker rmi
docker images
docker pull -q nginx > /dev/null
docker images -q nginx
docker tag $(docker images -q nginx) web:1
docker images --format '{{.Repository}}:{{.Tag}}' | sort
docker pull busybox && echo pulled
docker pull NGINX && echo pulled
docker pull NGINX || echo failed
docker pull NGINX; echo next
docker pull NGINX 2>&1 | wc -l
docker pull NGINX > /dev/null
docker pull NGINX 2> /dev/null
docker pull NGINX > out.txt 2>&1
cat out.txt
docker images > images.txt
wc -l < images.txt
head -n 1 images.txt
docker rmi $(docker images -q)
docker images -q | wc -l
docker rmi $(docker images -q)
echo $?
