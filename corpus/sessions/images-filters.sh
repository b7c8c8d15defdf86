docker pull -q nginx
docker pull -q nginx:stable
docker pull -q alpine:3.7
docker pull -q busybox
docker images -f reference=nginx
docker images --filter reference='alpine:*'
docker images --filter 'reference=*:stable'
docker images -f dangling=true
docker images -f dangling=false
docker images -f before=nginx:stable
docker images -f since=alpine:3.7
docker images -f label=maintainer
docker images -f reference=nginx -f reference=busybox
docker images -q -f reference=alpine
docker images -f bogus=1
docker images -f dangling=maybe
docker images -f before=nosuch
docker images -f reference
