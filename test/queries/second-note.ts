/**
 * A second chapter the tests write into a temp dir, on other topics (HTTP, REST, Git, databases) and in the same
 * messy style as the user's notes: typos (`브렌치`, `트랜젝션`, `데이타베이스`), a wrong-layout word (`xhzms` = 토큰),
 * bold-only sub-headings and `한글(English)` pairs. Search must work on it without being tuned to it.
 */
export const SECOND_NOTE = `---
title: 네트워크와 협업 기초
tags: [http, git, db]
---

# 2. HTTP와 REST

## 2.1 HTTP 기초

### HTTP(HyperText Transfer Protocol)

- 웹에서 클라이언트와 서버가 데이터를 주고받는 규약
- 요청(Request)과 응답(Response)으로 이루어짐
- 무상태(Stateless) : 서버는 이전 요청을 기억하지 않음

### 상태 코드(Status Code)

- 200 OK : 성공
- 404 Not Found : 리소스를 찾을 수 없음
- 500 Internal Server Error : 서버 내부 오류

**HTTP 메서드**

- GET : 조회, POST : 생성, PUT : 수정, DELETE : 삭제
- 멱등성(Idempotency) : 같은 요청을 여러번 보내도 결과가 같음

**쿠키와 세션**

- 쿠키(Cookie)는 브라우저에 저장되는 작은 데이터
- 세션(Session)은 서버쪽에 저장되는 사용자 상태
- JWT 같은 xhzms 방식으로 로그인 상태를 유지하기도 함

## 2.2 REST API

### REST(Representational State Transfer)

- 자원(Resource)을 URI로 표현하고 HTTP 메서드로 행위를 표현하는 아키텍쳐 스타일
- 레스트풀(RESTful) 하다고 부름

### 엔드포인트 설계

- 명사를 사용하고 동사는 메서드로 표현
- /users/1 처럼 계층 구조로 만든다

# 3. Git

## 3.1 버전관리(Version Control)

- 파일의 변경 이력을 관리하는 시스템
- 협업할 때 생기는 충돌(Conflict)을 해결

## 3.2 브랜치

- 브렌치(Branch)는 독립적인 작업 공간
- 머지(Merge)로 합친다
- 리베이스는 커밋 이력을 깔끔하게 만든다

## 3.3 커밋과 푸시

- 커밋(Commit) : 변경사항을 로컬 저장소에 기록
- 푸시(Push) : 원격 저장소(Remote Repository)에 업로드
- 풀리퀘스트(Pull Request)로 코드리뷰를 받는다

# 4. 데이타베이스 기초

## 4.1 관계형 데이터베이스

- RDBMS(Relational Database Management System)
- 테이블(Table), 행(Row), 열(Column)로 데이터를 저장
- MySQL, PostgreSQL

## 4.2 기본키와 외래키

- 기본키(Primary Key) : 각 행을 유일하게 식별
- 외래키(Foreign Key) : 다른 테이블의 기본키를 참조

## 4.3 트랜젝션

- ACID(Atomicity Consistency Isolation Durability)
- 모두 성공하면 반영, 하나라도 실패하면 롤백(Rollback)

## 4.4 인덱스

- 검색 속도를 높이기 위한 자료구조
- B-Tree 인덱스가 가장 많이 쓰임
- 너무 많으면 쓰기 성능이 떨어짐

## 4.5 정규화

- 데이터 중복을 줄이기 위해 테이블을 나누는 과정
- 제1정규형, 제2정규형, 제3정규형
`;
